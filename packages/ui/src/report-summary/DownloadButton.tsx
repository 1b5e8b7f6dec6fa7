'use client';
import { useRef, useState } from 'react';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { Button } from '../primitives/Button.tsx';

export type DownloadFilter = 'valid' | 'all' | 'invalid';

export interface DownloadButtonProps {
  filter: DownloadFilter;
  label: string;
  ariaLabel: string;
  onDownload: () => Promise<unknown> | unknown;
  onSettled: (error: unknown) => void;
  variant?: 'primary' | 'secondary';
}

/** One CSV download: pending while the export streams, one request however often it is clicked. */
export function DownloadButton({
  filter,
  label,
  ariaLabel,
  onDownload,
  onSettled,
  variant = 'secondary',
}: DownloadButtonProps) {
  const sc = useSlotClass();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const click = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    let failure: unknown = null;
    try {
      await onDownload();
    } catch (error) {
      failure = error ?? new Error('Download failed');
    } finally {
      inFlight.current = false;
      setPending(false);
    }
    onSettled(failure);
  };
  return (
    <Button
      size="sm"
      variant={variant}
      pending={pending}
      onClick={click}
      aria-label={ariaLabel}
      data-slot="report-summary-download"
      className={sc('report-summary-download')}
      data-filter={filter}
    >
      {label}
    </Button>
  );
}
