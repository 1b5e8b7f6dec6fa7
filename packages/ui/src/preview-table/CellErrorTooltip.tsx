'use client';
import { Tooltip } from 'radix-ui';
import { type ReactElement, useEffect, useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { useKitRootProps } from '../provider/useKitRootProps.ts';

export interface CellErrorTooltipProps {
  error: string;
  /** The cell is the grid's active cell and the grid has focus: show the error without hovering. */
  focused: boolean;
  children: ReactElement;
}

/**
 * The invalid cell's error, on hover (Radix Tooltip's own behaviour) and whenever the cell is
 * the focused active cell. Focus-open is controlled here rather than left to Radix, because
 * Radix closes a tooltip when an ancestor scrolls, and keyboard moves scroll the grid.
 */
export function CellErrorTooltip({ error, focused, children }: CellErrorTooltipProps) {
  const sc = useSlotClass();
  const [hovered, setHovered] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const root = useKitRootProps();
  useEffect(() => {
    if (!focused) setDismissed(false);
  }, [focused]);

  return (
    <Tooltip.Root open={hovered || (focused && !dismissed)} onOpenChange={setHovered}>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <div {...root}>
          <Tooltip.Content
            data-slot="preview-table-cell-error"
            className={sc('preview-table-cell-error')}
            side="top"
            sideOffset={6}
            collisionPadding={8}
            onEscapeKeyDown={() => setDismissed(true)}
          >
            {error.split('\n').map((line, index) => (
              // Lines of one error never reorder.
              // biome-ignore lint/suspicious/noArrayIndexKey: positional by nature.
              <p key={index}>{line}</p>
            ))}
            <Tooltip.Arrow
              data-slot="preview-table-cell-error-arrow"
              className={sc('preview-table-cell-error-arrow')}
              width={10}
              height={5}
            />
          </Tooltip.Content>
        </div>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
