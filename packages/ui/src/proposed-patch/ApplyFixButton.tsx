'use client';
import type { ProposedPatch, Question } from '@vernkit/core';
import { type ReactNode, useMemo, useState } from 'react';
import { cx } from '../internal/cx.ts';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { useAsyncAction } from '../internal/useAsyncAction.ts';
import { useLabels } from '../labels/useLabels.ts';
import { ActionError } from '../primitives/ActionError.tsx';
import { Button } from '../primitives/Button.tsx';
import { ConfirmDialog } from '../primitives/ConfirmDialog.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { proposedPatchLabels } from './labels.ts';
import { effectText } from './ProposedPatch.tsx';
import { destructiveSummary, patchActions } from './patchModel.ts';

export interface ApplyFixButtonProps {
  patch: ProposedPatch;
  questions?: readonly Question[];
  /** Approve the proposed patch as is (a decision with no `answers`). */
  onApply: () => unknown;
  disabled?: boolean;
  children?: ReactNode;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'apply-fix-button': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * "Apply suggested fix". When the patch removes rows, a confirmation names each destructive
 * action and the rows it removes first (focus trapped, Escape cancels, the confirm button
 * says what it does); otherwise it applies at once. A failure is shown and nothing is lost.
 */
export const ApplyFixButton = withSlotClasses(function ApplyFixButton({
  patch,
  questions = [],
  onApply,
  disabled = false,
  children,
  className,
}: ApplyFixButtonProps) {
  const sc = useSlotClass();
  const t = useLabels('proposedPatch', proposedPatchLabels);
  const actions = useMemo(() => patchActions(patch, questions), [patch, questions]);
  const { destructive, total } = destructiveSummary(actions);
  const direct = useAsyncAction(onApply);
  const [dialogOpen, setDialogOpen] = useState(false);
  const label = children ?? t('apply');

  if (destructive.length === 0) {
    return (
      <div className={cx('vk-apply-fix', className)} data-slot="apply-fix">
        <Button
          variant="primary"
          pending={direct.pending}
          aria-disabled={disabled || undefined}
          data-slot="apply-fix-button"
          className={sc('apply-fix-button')}
          onClick={() => {
            if (!disabled) void direct.run();
          }}
        >
          {direct.pending ? t('applying') : label}
        </Button>
        <ActionError action={direct} title={t('applyFailed')} slot="apply-fix-error" />
      </div>
    );
  }

  return (
    <div className={cx('vk-apply-fix', className)} data-slot="apply-fix">
      <ConfirmDialog
        open={dialogOpen}
        onOpenChange={(open) => setDialogOpen(open && !disabled)}
        trigger={
          <Button
            variant="primary"
            aria-disabled={disabled || undefined}
            data-slot="apply-fix-button"
            className={sc('apply-fix-button')}
          >
            {label}
          </Button>
        }
        tone="danger"
        title={t('confirmTitle')}
        description={t('confirmDescription')}
        confirmLabel={
          typeof total === 'number' ? t('confirmApply', { count: total }) : t('confirmApplyUnknown')
        }
        onConfirm={onApply}
      >
        <ul
          className={sc('apply-fix-destructive-actions', 'vk-patch__actions vk-rows')}
          data-slot="apply-fix-destructive-actions"
        >
          {destructive.map((model, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: actions are positional
            <li key={i} className="vk-patch__action vk-rows__item" data-destructive="">
              <Icon name="trash" className="vk-patch__icon" />
              <div className="vk-patch__body">
                <span className="vk-patch__effect">{effectText(t, model)}</span>
              </div>
              {typeof model.affectedCount === 'number' ? (
                <span className="vk-patch__count">{t('affects', { count: model.affectedCount })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </div>
  );
});
