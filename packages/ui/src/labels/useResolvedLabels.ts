'use client';
import { useMemo } from 'react';
import { dictionaryFor, type LabelDictionary, mergeLabels } from './dictionary.ts';
import { useLabelsContext } from './LabelsProvider.tsx';

/**
 * Every namespace, resolved for the provider's locale with the host's overrides: for hosts
 * and tools that show or export the whole dictionary. It bundles every namespace in both
 * languages, so components use `useLabels` instead.
 */
export function useResolvedLabels(): LabelDictionary {
  const { locale, overrides } = useLabelsContext();
  return useMemo(() => mergeLabels(dictionaryFor(locale), overrides), [locale, overrides]);
}
