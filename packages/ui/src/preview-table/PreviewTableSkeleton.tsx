import { Spinner } from '../primitives/Spinner.tsx';

const ROWS = 6;
const COLUMNS = 5;

/** Placeholder rows while the preview loads; announced once through the spinner's status role. */
export function PreviewTableSkeleton({ label }: { label: string }) {
  return (
    <div data-slot="preview-table-skeleton">
      <div data-slot="preview-table-skeleton-status">
        <Spinner label={label} />
        <span aria-hidden="true">{label}</span>
      </div>
      <div data-slot="preview-table-skeleton-grid" aria-hidden="true">
        {Array.from({ length: ROWS }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows.
          <div key={row} data-slot="preview-table-skeleton-row">
            {Array.from({ length: COLUMNS }, (_, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder cells.
              <span key={column} data-slot="preview-table-skeleton-cell" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
