'use client';
import { useLabelsContext } from '../labels/LabelsProvider.tsx';
import { useKitContext } from './KitContext.ts';

/** What the nearest kit provider set: locale, resolved labels, unstyled, colour scheme. */
export function useKit() {
  const kit = useKitContext();
  const { locale, labels } = useLabelsContext();
  return { locale, labels, unstyled: kit.unstyled, colorScheme: kit.colorScheme, inProvider: kit.inProvider };
}
