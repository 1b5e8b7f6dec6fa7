'use client';
import { useCallback } from 'react';
import type { LabelDictionary, LabelNamespace } from './dictionary.ts';
import { type BaseKey, formatLabel, type LabelVars } from './formatLabel.ts';
import { useLabelsContext } from './LabelsProvider.tsx';

export type LabelKey<N extends LabelNamespace> = BaseKey<keyof LabelDictionary[N] & string>;
export type Translate<N extends LabelNamespace> = (key: LabelKey<N>, vars?: LabelVars) => string;

/**
 * The strings of one namespace, in the provider's locale with the host's overrides.
 *
 * @example
 * const t = useLabels('questionForm');
 * t('submit'); t('affectedRows', { count: 12 });
 */
export function useLabels<N extends LabelNamespace>(namespace: N): Translate<N> {
  const { labels, locale } = useLabelsContext();
  const dict = labels[namespace] as Record<string, string>;
  return useCallback((key, vars) => formatLabel(dict, key, vars, locale), [dict, locale]);
}
