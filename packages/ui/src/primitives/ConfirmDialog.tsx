'use client';
import { AlertDialog } from 'radix-ui';
import { type ReactNode, useRef, useState } from 'react';
import { settle } from '../internal/actionResult.ts';
import { cx } from '../internal/cx.ts';
import { useSlotClass } from '../internal/slotClasses.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { useKitRootProps } from '../provider/useKitRootProps.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';
import { errorMessage } from './errorMessage.ts';

export interface ConfirmDialogProps {
  /** The element that opens the dialog (rendered as the Radix trigger, `asChild`). */
  trigger?: ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** More content between the description and the buttons (e.g. the rows to be removed). */
  children?: ReactNode;
  /** Names the action, not "OK": "Delete 12 rows". */
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  tone?: 'danger' | 'primary';
  /**
   * Runs on confirm. While its promise is pending the dialog stays open and cannot be
   * dismissed; it closes on success and shows the error (confirm re-enabled) on failure.
   */
  onConfirm: () => unknown;
  className?: string;
}

/**
 * Radix AlertDialog for actions that need a second look: focus is trapped, Escape and
 * Cancel dismiss, and focus starts on Cancel so Enter never confirms by accident.
 */
export function ConfirmDialog({
  trigger,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'primary',
  onConfirm,
  className,
}: ConfirmDialogProps) {
  const sc = useSlotClass();
  const t = useLabels('common', commonLabels);
  const root = useKitRootProps('vk-portal');
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const setOpen = (next: boolean) => {
    if (!next && inFlight.current) return;
    if (next) setError(null);
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };

  const confirm = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      await settle(onConfirm());
      inFlight.current = false;
      setPending(false);
      setOpen(false);
    } catch (err) {
      inFlight.current = false;
      setPending(false);
      setError(errorMessage(err, t('unknownError')));
    }
  };

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Portal>
        <div {...root}>
          <AlertDialog.Overlay
            data-slot="dialog-overlay"
            className={sc('dialog-overlay', 'vk-dialog__overlay')}
          />
          <AlertDialog.Content
            data-slot="confirm-dialog"
            data-tone={tone}
            className={cx('vk-dialog__content', className)}
            onEscapeKeyDown={(e) => {
              if (inFlight.current) e.preventDefault();
            }}
          >
            <AlertDialog.Title data-slot="dialog-title" className={sc('dialog-title', 'vk-dialog__title')}>
              {title}
            </AlertDialog.Title>
            <AlertDialog.Description
              data-slot="dialog-description"
              className={sc('dialog-description', 'vk-dialog__description')}
            >
              {description}
            </AlertDialog.Description>
            {children}
            {error ? (
              <Alert tone="danger" assertive>
                {error}
              </Alert>
            ) : null}
            <div className={sc('dialog-actions', 'vk-dialog__actions')} data-slot="dialog-actions">
              <AlertDialog.Cancel asChild>
                <Button
                  variant="ghost"
                  data-slot="confirm-dialog-cancel"
                  className={sc('confirm-dialog-cancel')}
                  aria-disabled={pending || undefined}
                >
                  {cancelLabel ?? t('cancel')}
                </Button>
              </AlertDialog.Cancel>
              <Button
                variant={tone === 'danger' ? 'danger' : 'primary'}
                data-slot="confirm-dialog-confirm"
                className={sc('confirm-dialog-confirm')}
                pending={pending}
                onClick={confirm}
              >
                {confirmLabel}
              </Button>
            </div>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
