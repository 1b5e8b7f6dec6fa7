import { useSlotClass } from '../internal/slotClasses.tsx';
import { Spinner } from '../primitives/Spinner.tsx';

/** Stable keys for the static placeholder grid. */
const ROWS = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
const COLUMNS = ['c1', 'c2', 'c3', 'c4', 'c5'];

/** Placeholder rows while the preview loads; announced once through the spinner's status role. */
export function PreviewTableSkeleton({ label }: { label: string }) {
  const sc = useSlotClass();
  return (
    <div data-slot="preview-table-skeleton" className={sc('preview-table-skeleton')}>
      <div data-slot="preview-table-skeleton-status" className={sc('preview-table-skeleton-status')}>
        <Spinner label={label} />
        <span aria-hidden="true">{label}</span>
      </div>
      <div
        data-slot="preview-table-skeleton-grid"
        className={sc('preview-table-skeleton-grid')}
        aria-hidden="true"
      >
        {ROWS.map((row) => (
          <div key={row} data-slot="preview-table-skeleton-row" className={sc('preview-table-skeleton-row')}>
            {COLUMNS.map((column) => (
              <span
                key={column}
                data-slot="preview-table-skeleton-cell"
                className={sc('preview-table-skeleton-cell')}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
