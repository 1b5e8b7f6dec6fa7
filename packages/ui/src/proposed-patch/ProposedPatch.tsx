'use client';
import type { ProposedPatch as Patch, Question } from '@vernkit/core';
import { useMemo } from 'react';
import { cx } from '../internal/cx.ts';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { isolate, Untrusted } from '../internal/Untrusted.tsx';
import { type Translate, useLabels } from '../labels/useLabels.ts';
import { Badge } from '../primitives/Badge.tsx';
import { Icon } from '../primitives/Icon.tsx';
import { proposedPatchLabels } from './labels.ts';
import { type PatchActionModel, patchActions, valueText } from './patchModel.ts';

export interface ProposedPatchProps {
  /** `needs_attention.proposed_patch`. */
  patch: Patch;
  /** The run's questions: their `target.affected_count` says how many rows an action touches. */
  questions?: readonly Question[];
  /** Sheet names by `sheet_id` (e.g. from the report's `perSheet`), to say where an action applies. */
  sheetNames?: Readonly<Record<string, string>>;
  heading?: React.ReactNode | false;
  headingLevel?: 2 | 3 | 4;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'proposed-patch-action': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * Vern's suggested fix: the summary and every action with its column and effect. Actions
 * that remove rows are marked as such, with the number of rows when it is known.
 */
export const ProposedPatch = withSlotClasses(function ProposedPatch({
  patch,
  questions = [],
  sheetNames = {},
  heading,
  headingLevel = 3,
  className,
}: ProposedPatchProps) {
  const sc = useSlotClass();
  const t = useLabels('proposedPatch', proposedPatchLabels);
  const actions = useMemo(() => patchActions(patch, questions), [patch, questions]);
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <section
      data-slot="proposed-patch"
      data-destructive={actions.some((a) => a.destructive) ? '' : undefined}
      aria-label={heading === false ? t('heading') : undefined}
      className={cx('vk-patch', className)}
    >
      {heading === false ? null : (
        <Heading
          className={sc('proposed-patch-heading', 'vk-patch__heading')}
          data-slot="proposed-patch-heading"
        >
          {heading ?? t('heading')}
        </Heading>
      )}
      {patch.summary ? (
        <p className={sc('proposed-patch-summary', 'vk-patch__summary')} data-slot="proposed-patch-summary">
          <Untrusted text={patch.summary} />
        </p>
      ) : null}
      {actions.length ? (
        <ul
          className={sc('proposed-patch-actions', 'vk-patch__actions vk-rows')}
          aria-label={t('actionsLabel')}
          data-slot="proposed-patch-actions"
        >
          {actions.map((model, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: actions are positional
            <PatchActionItem key={i} model={model} sheetName={sheetNameOf(model, sheetNames)} />
          ))}
        </ul>
      ) : (
        <p className="vk-patch__empty">{t('empty')}</p>
      )}
    </section>
  );
});

function sheetNameOf(model: PatchActionModel, names: Readonly<Record<string, string>>) {
  const id = model.action.sheet_id;
  return id && Object.hasOwn(names, id) ? names[id] : undefined;
}

function PatchActionItem({ model, sheetName }: { model: PatchActionModel; sheetName: string | undefined }) {
  const sc = useSlotClass();
  const t = useLabels('proposedPatch', proposedPatchLabels);
  const { action, destructive, affectedCount } = model;
  return (
    <li
      className={sc('proposed-patch-action', 'vk-patch__action vk-rows__item')}
      data-slot="proposed-patch-action"
      data-action={action.action}
      data-destructive={destructive ? '' : undefined}
    >
      <Icon
        name={destructive ? 'trash' : action.action === 'keep' ? 'check' : 'sparkle'}
        className="vk-patch__icon"
      />
      <div className="vk-patch__body">
        <span className="vk-patch__effect">{effectText(t, model)}</span>
        {sheetName ? (
          <span className="vk-patch__sheet">{t('inSheet', { sheet: isolate(sheetName, 120) })}</span>
        ) : null}
      </div>
      {destructive ? (
        <Badge
          tone="danger"
          data-slot="proposed-patch-destructive"
          className={sc('proposed-patch-destructive')}
        >
          {typeof affectedCount === 'number' ? t('removesRows', { count: affectedCount }) : t('destructive')}
        </Badge>
      ) : typeof affectedCount === 'number' ? (
        <Badge data-slot="proposed-patch-affected" className={sc('proposed-patch-affected')}>
          {t('affects', { count: affectedCount })}
        </Badge>
      ) : null}
    </li>
  );
}

/** One plain sentence per action; server values are isolated so they cannot reorder the sentence. */
export function effectText(t: Translate<'proposedPatch'>, model: PatchActionModel): string {
  const column = model.column ? isolate(model.column, 120) : t('anyColumn');
  const { action } = model;
  switch (action.action) {
    case 'set_value': {
      const value = valueText(action.value);
      return value === ''
        ? t('clearValue', { column })
        : t('setValue', { column, value: isolate(value, 200) });
    }
    case 'delete_invalid_rows':
      return t('deleteInvalidRows', { column });
    case 'dedup_keep_first':
      return t('dedupKeepFirst', { column });
    case 'keep':
      return t('keep', { column });
    default:
      return t('unknownAction', { action: isolate(action.action, 80), column });
  }
}
