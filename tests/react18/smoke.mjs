// React 18 smoke test: the kit's built packages, rendered on the server and driven in jsdom
// with React 18.3. The workspace itself runs React 19; this keeps the `react >= 18` peer honest.

import assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const name of process.argv[2] ? [] : ['core', 'react', 'ui']) {
  const target = join(here, 'node_modules', '@vernkit', name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(here, '..', '..', 'packages', name, 'dist'), join(target, 'dist'), { recursive: true });
  cpSync(join(here, '..', '..', 'packages', name, 'package.json'), join(target, 'package.json'));
}

// Server and browser run in separate processes: libraries pick their layout-effect flavour from
// the globals present when they load.
const mode = process.argv[2];
if (!mode) {
  const { spawnSync } = await import('node:child_process');
  let failed = false;
  for (const part of ['server', 'client']) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), part], { stdio: 'inherit' });
    failed ||= child.status !== 0;
  }
  process.exit(failed ? 1 : 0);
}

const { JSDOM } = await import('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
// Node has its own Event classes; DOM code must use jsdom's, or jsdom refuses the events.
const ownedByDom = (key) => key === 'EventTarget' || /Event$/.test(key);
for (const key of mode === 'client' ? Object.getOwnPropertyNames(dom.window) : []) {
  if (!(key in globalThis) || ownedByDom(key))
    Object.defineProperty(globalThis, key, { configurable: true, writable: true, value: dom.window[key] });
}
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const React = (await import('react')).default;
const { renderToString } = await import('react-dom/server');
const { render, screen, fireEvent, act } = await import('@testing-library/react');
const { createVernClient, PreviewSchema, QuestionSchema } = await import('@vernkit/core');
const { VernProvider, QuestionForm, PreviewTable, ReportSummary } = await import('@vernkit/ui');

const h = React.createElement;
const results = [];
const check = async (name, fn) => {
  try {
    await fn();
    results.push(['passed', name]);
  } catch (error) {
    results.push(['failed', name, error]);
  }
};

const client = createVernClient({
  baseUrl: 'http://vern.test/api/v1',
  fetch: async () => new Response('{}'),
});
const questions = [
  QuestionSchema.parse({
    id: 'q1',
    question: 'Which status?',
    options: [{ id: 'a', label: 'Open' }],
    allowCustom: false,
  }),
];
const preview = PreviewSchema.parse({
  sheets: [
    { template: { slug: 'contacts', name: 'Contacts' }, rows: [['Email'], ['a@b.co']], invalid_cells: [] },
  ],
});
const report = {
  inserted: 3,
  perSheet: [{ templateName: 'Contacts', rowCount: 3 }],
  invalidCellCount: 1,
  coverage: null,
};

if (mode === 'server')
  await check(`React ${React.version}: components render on the server`, () => {
    const html = renderToString(
      h(
        VernProvider,
        { client },
        h(QuestionForm, { questions, onSubmit: () => {} }),
        h(PreviewTable, { preview }),
        h(ReportSummary, { report }),
      ),
    );
    assert.match(html, /Which status\?/);
    assert.match(html, /Contacts/);
  });

if (mode === 'client')
  await check(`React ${React.version}: a question is answered in the browser`, async () => {
    const submitted = [];
    render(
      h(VernProvider, { client }, h(QuestionForm, { questions, onSubmit: (a) => void submitted.push(a) })),
    );
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'Open' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /send/i })));
    assert.deepEqual(submitted, [[{ id: 'q1', value: 'Open' }]]);
  });

for (const [status, name, error] of results)
  console.info(`${status === 'passed' ? '✓' : '✗'} ${name}${error ? `\n  ${error.stack ?? error}` : ''}`);
const failed = results.filter(([s]) => s === 'failed').length;
console.info(`react18 ${mode}: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
