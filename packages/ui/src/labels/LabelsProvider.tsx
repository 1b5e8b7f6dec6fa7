'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { dictionaryFor, type LabelDictionary, type LabelOverrides, mergeLabels } from './dictionary.ts';

export interface LabelsContextValue {
  locale: string;
  labels: LabelDictionary;
}

const defaultValue: LabelsContextValue = { locale: 'en', labels: dictionaryFor('en') };
export const LabelsContext = createContext<LabelsContextValue>(defaultValue);

export interface LabelsProviderProps {
  /** BCP 47 locale for strings, numbers and dates; `de*` selects the German dictionary. */
  locale?: string;
  /** Overrides for any subset of any namespace, on top of the locale's dictionary. */
  labels?: LabelOverrides;
  children?: ReactNode;
}

/** Labels and locale without the theme root; `VernProvider`/`KitProvider` include it. */
export function LabelsProvider({ locale = 'en', labels, children }: LabelsProviderProps) {
  const value = useMemo(
    () => ({ locale, labels: mergeLabels(dictionaryFor(locale), labels) }),
    [locale, labels],
  );
  return <LabelsContext.Provider value={value}>{children}</LabelsContext.Provider>;
}

export function useLabelsContext(): LabelsContextValue {
  return useContext(LabelsContext);
}
