'use client';
import type { Preview } from '@vernkit/core';
import { Tabs } from 'radix-ui';
import { useControllableState } from 'radix-ui/internal';
import { useEffect, useId, useMemo, useRef } from 'react';
import { type SlotClassNames, useSlotClass, withSlotClasses } from '../internal/slotClasses.tsx';
import { revealBidi } from '../internal/Untrusted.tsx';
import { commonLabels } from '../labels/common.ts';
import { useLabels } from '../labels/useLabels.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { errorMessage } from '../primitives/errorMessage.ts';
import { previewTableLabels } from './labels.ts';
import { PreviewTableSkeleton } from './PreviewTableSkeleton.tsx';
import { SheetGrid } from './SheetGrid.tsx';
import { buildSheetModel, type SheetModel } from './sheetModel.ts';

export interface PreviewTableProps {
  /** The migration's preview (`usePreview().data`); `null`/`undefined` shows the empty state. */
  preview: Preview | null | undefined;
  /** The preview is being fetched: a skeleton instead of the empty state. */
  loading?: boolean;
  /** Fetching failed: its message is shown, with a retry button when `onRetry` is given. */
  error?: unknown;
  onRetry?: () => void;
  /** The selected sheet's key (template slug, else id, else `sheet-<index>`); controlled. */
  sheet?: string;
  defaultSheet?: string;
  onSheetChange?: (sheet: string) => void;
  /** Show only rows with an invalid cell; controlled. */
  flaggedOnly?: boolean;
  defaultFlaggedOnly?: boolean;
  onFlaggedOnlyChange?: (flaggedOnly: boolean) => void;
  /**
   * Column names to highlight, typically a question's `relevant_columns`. The first match is
   * scrolled into view, and a sheet that has none of them gives way to one that does.
   */
  focusColumns?: readonly string[];
  /** Height of the scrolling grid (a number is px); by default the CSS decides. */
  height?: number | string;
  /** Extra classes for any inner part, by its `data-slot`: `{ 'preview-table-cell': 'my-class' }`. */
  classNames?: SlotClassNames;
  className?: string;
}

/**
 * The proposed import, one tab per sheet, each a virtualized ARIA grid with invalid cells
 * marked and explained. Presentational: pass `usePreview()`'s data.
 */
export const PreviewTable = withSlotClasses(function PreviewTable({
  preview,
  loading = false,
  error,
  onRetry,
  sheet: sheetProp,
  defaultSheet,
  onSheetChange,
  flaggedOnly: flaggedOnlyProp,
  defaultFlaggedOnly = false,
  onFlaggedOnlyChange,
  focusColumns,
  height,
  className,
}: PreviewTableProps) {
  const sc = useSlotClass();
  const t = useLabels('previewTable', previewTableLabels);
  const common = useLabels('common', commonLabels);
  const switchId = useId();
  const sheets = preview?.sheets;
  const models = useMemo(
    () =>
      (sheets ?? []).map((sheet, index) => buildSheetModel(sheet, index, (n) => t('columnFallback', { n }))),
    [sheets, t],
  );

  // Open on a sheet that has rows: an empty first sheet (a template nothing mapped to) says little.
  const firstWithRows = (models.find((m) => m.rowCount > 0) ?? models[0])?.key ?? '';
  const [selected, setSelected] = useControllableState({
    prop: sheetProp,
    defaultProp: defaultSheet ?? firstWithRows,
    onChange: onSheetChange,
    caller: 'PreviewTable',
  });
  const [flaggedOnly, setFlaggedOnly] = useControllableState({
    prop: flaggedOnlyProp,
    defaultProp: defaultFlaggedOnly,
    onChange: onFlaggedOnlyChange,
    caller: 'PreviewTable',
  });

  const found = models.findIndex((m) => m.key === selected);
  // Until a sheet is chosen (the preview arrived after the first render), the first one with rows.
  const activeIndex =
    found >= 0
      ? found
      : Math.max(
          0,
          models.findIndex((m) => m.key === firstWithRows),
        );
  const active = models[activeIndex];

  const relevant = useMemo(() => resolveColumns(models, focusColumns), [models, focusColumns]);
  // A new question's columns may live on another sheet: show that sheet, once per new set.
  const focusKey = focusColumns?.join('\u0000') ?? '';
  const lastFocusKey = useRef('');
  useEffect(() => {
    if (focusKey === lastFocusKey.current) return;
    lastFocusKey.current = focusKey;
    if (!active || (relevant.get(active.key)?.length ?? 0) > 0) return;
    const other = models.find((m) => (relevant.get(m.key)?.length ?? 0) > 0);
    if (other) setSelected(other.key);
  }, [focusKey, active, models, relevant, setSelected]);

  const rootProps = {
    'data-slot': 'preview-table',
    className: sc('preview-table', 'vk-preview-table', className),
  };

  if (error !== undefined && error !== null) {
    return (
      <div {...rootProps} data-state="error">
        <Alert tone="danger" title={t('error')}>
          {errorMessage(error, common('unknownError'))}
        </Alert>
        {onRetry ? (
          <Button data-slot="preview-table-retry" className={sc('preview-table-retry')} onClick={onRetry}>
            {common('retry')}
          </Button>
        ) : null}
      </div>
    );
  }
  if (loading && !preview) {
    return (
      <div {...rootProps} data-state="loading">
        <PreviewTableSkeleton label={t('loading')} />
      </div>
    );
  }
  if (!active) {
    return (
      <div {...rootProps} data-state="empty">
        <div data-slot="preview-table-empty" className={sc('preview-table-empty')}>
          <p data-slot="preview-table-empty-title" className={sc('preview-table-empty-title')}>
            {t('emptyPreview')}
          </p>
          <p data-slot="preview-table-empty-hint" className={sc('preview-table-empty-hint')}>
            {t('emptyPreviewHint')}
          </p>
        </div>
      </div>
    );
  }

  const flaggedCount = active.flaggedRows.length;
  const showFlagged = flaggedOnly && flaggedCount > 0;

  return (
    <div {...rootProps} data-state="ready" aria-busy={loading || undefined}>
      <Tabs.Root
        value={active.key}
        onValueChange={setSelected}
        data-slot="preview-table-tabs"
        className={sc('preview-table-tabs')}
      >
        <div data-slot="preview-table-header" className={sc('preview-table-header')}>
          <Tabs.List
            aria-label={t('sheets')}
            data-slot="preview-table-tab-list"
            className={sc('preview-table-tab-list')}
          >
            {models.map((model) => (
              <SheetTab key={model.key} model={model} />
            ))}
          </Tabs.List>
          <div
            data-slot="preview-table-filter"
            className={sc('preview-table-filter')}
            data-state={showFlagged ? 'on' : 'off'}
            data-disabled={flaggedCount === 0 ? '' : undefined}
          >
            {/* A native checkbox with the switch role; the thumb is drawn over it. */}
            <span className="vk-switch">
              <input
                type="checkbox"
                // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox exposes its own checked state; ARIA in HTML forbids aria-checked on it.
                role="switch"
                id={switchId}
                checked={showFlagged}
                onChange={(event) => setFlaggedOnly(event.currentTarget.checked)}
                disabled={flaggedCount === 0}
                data-state={showFlagged ? 'checked' : 'unchecked'}
                data-slot="preview-table-filter-switch"
                className={sc('preview-table-filter-switch')}
              />
              <span
                aria-hidden="true"
                data-state={showFlagged ? 'checked' : 'unchecked'}
                data-slot="preview-table-filter-thumb"
                className={sc('preview-table-filter-thumb')}
              />
            </span>
            <label
              htmlFor={switchId}
              data-slot="preview-table-filter-label"
              className={sc('preview-table-filter-label')}
            >
              {t('flaggedOnly')}
              <span data-slot="preview-table-filter-count" className={sc('preview-table-filter-count')}>
                {t('flaggedOfTotal', {
                  flagged: t('flaggedRows', { count: flaggedCount }),
                  total: common('rows', { count: active.rowCount }),
                })}
              </span>
            </label>
          </div>
        </div>
        {models.map((model, index) => (
          <Tabs.Content
            key={model.key}
            value={model.key}
            data-slot="preview-table-panel"
            className={sc('preview-table-panel')}
            // The grid's active cell is the panel's tab stop; an empty panel keeps its own.
            tabIndex={model.rowCount === 0 ? 0 : -1}
          >
            {model.rowCount === 0 ? (
              <p data-slot="preview-table-empty" className={sc('preview-table-empty')}>
                {t('emptySheet')}
              </p>
            ) : (
              <SheetGrid
                key={showFlagged ? 'flagged' : 'all'}
                model={model}
                rows={sheets?.[index]?.rows ?? []}
                flaggedOnly={showFlagged}
                focusColumns={relevant.get(model.key)}
                height={height}
              />
            )}
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </div>
  );
});

function SheetTab({ model }: { model: SheetModel }) {
  const sc = useSlotClass();
  const t = useLabels('previewTable', previewTableLabels);
  const common = useLabels('common', commonLabels);
  const flagged = model.flaggedRows.length;
  return (
    <Tabs.Trigger
      value={model.key}
      data-slot="preview-table-tab"
      className={sc('preview-table-tab')}
      data-flagged={flagged > 0 ? '' : undefined}
    >
      <span data-slot="preview-table-tab-name" className={sc('preview-table-tab-name')} dir="auto">
        {revealBidi(model.name)}
      </span>
      <span data-slot="preview-table-tab-count" className={sc('preview-table-tab-count')}>
        {common('rows', { count: model.rowCount })}
      </span>
      {flagged > 0 ? (
        <span data-slot="preview-table-tab-flagged" className={sc('preview-table-tab-flagged')}>
          {t('tabFlagged', { count: flagged })}
        </span>
      ) : null}
    </Tabs.Trigger>
  );
}

/** Column names → indexes per sheet: exact names first, then a case- and space-insensitive match. */
function resolveColumns(models: readonly SheetModel[], names: readonly string[] | undefined) {
  const out = new Map<string, number[]>();
  if (!names || names.length === 0) return out;
  const loose = (s: string) => s.trim().toLowerCase();
  for (const model of models) {
    const indexes: number[] = [];
    for (const name of names) {
      let index = model.columns.indexOf(name);
      if (index === -1) index = model.columns.findIndex((c) => loose(c) === loose(name));
      if (index !== -1 && !indexes.includes(index)) indexes.push(index);
    }
    out.set(model.key, indexes);
  }
  return out;
}
