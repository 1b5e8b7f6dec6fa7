import './docs.css';

const PACKAGES = [
  {
    name: '@vernkit/ui',
    role: 'Drop-in components on Radix primitives: MigrationFlow, FileDropzone, RunProgress, AgentActivity, QuestionForm, CredentialForm, PreviewTable, RefineBox, ProposedPatch and ApplyFixButton, FlaggedRowsReview, ReportSummary. Themed by CSS variables or an appearance object; every string from a labels dictionary (English and German).',
  },
  {
    name: '@vernkit/react',
    role: 'VernProvider and hooks on TanStack Query: polling that stops at the right state, the live thread over SSE, mutations that never send twice, and useMigrationFlow, the whole lifecycle as one resumable state machine. No markup, no CSS.',
  },
  {
    name: '@vernkit/core',
    role: 'The typed, framework-free client: zod schemas for every request and response, one error type (VernApiError with a kind), retries for reads only, the resumable thread stream, uploads with progress, streamed CSV export.',
  },
  {
    name: '@vernkit/server',
    role: 'createVernProxy: keeps the API key on your server, authorizes every end-user request, streams SSE and CSV through.',
  },
  {
    name: '@vernkit/mock',
    role: 'A simulated Vern for Storybook, tests, demos and hosts without a key yet: MSW handlers, a Node server (vernkit-mock) and named scenarios and faults.',
  },
];

/** The packages and what each is for, as a table in the introduction. */
export function PackageTable() {
  return (
    <table className="vk-docs-table">
      <thead>
        <tr>
          <th scope="col">package</th>
          <th scope="col">what it is</th>
        </tr>
      </thead>
      <tbody>
        {PACKAGES.map((p) => (
          <tr key={p.name}>
            <th scope="row">
              <code>{p.name}</code>
            </th>
            <td>{p.role}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
