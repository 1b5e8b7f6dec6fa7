'use client';
import { useMemo } from 'react';
import type { LabelDictionary, LabelNamespace } from './dictionary.ts';
import { useLabelsContext } from './LabelsProvider.tsx';
import { languageFor, mergeNamespace } from './language.ts';

/** A namespace's built-in strings, as `defineLabels` returns them from the component's `labels.ts`. */
export interface NamespaceLabels<N extends LabelNamespace> {
  en: LabelDictionary[N];
  de: LabelDictionary[N];
}

/**
 * One namespace's strings in the provider's locale, with the host's overrides for that
 * namespace merged in. For components that look keys up dynamically; most want `useLabels`.
 */
export function useLabelDictionary<N extends LabelNamespace>(
  namespace: N,
  definition: NamespaceLabels<N>,
): LabelDictionary[N] {
  const { locale, overrides } = useLabelsContext();
  const language = languageFor(locale);
  const own = overrides?.[namespace];
  return useMemo(() => mergeNamespace(definition[language], own), [definition, language, own]);
}
