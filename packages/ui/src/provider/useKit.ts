'use client';
import { useLabelsContext } from '../labels/LabelsProvider.tsx';
import { useResolvedLabels } from '../labels/useResolvedLabels.ts';
import { useKitContext } from './KitContext.ts';

/** What the nearest kit provider set: locale, resolved labels, unstyled, colour scheme. */
export function useKit() {
  const kit = useKitContext();
  const { locale } = useLabelsContext();
  const labels = useResolvedLabels();
  return { locale, labels, unstyled: kit.unstyled, colorScheme: kit.colorScheme, inProvider: kit.inProvider };
}
