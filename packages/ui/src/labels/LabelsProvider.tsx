'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { LabelOverrides } from './dictionary.ts';

export interface LabelsContextValue {
  locale: string;
  /** The host's `labels` prop as given; each `useLabels` merges its own namespace. */
  overrides: LabelOverrides | undefined;
}

// Only overrides travel through context, never a built dictionary: building one here would
// pull every namespace (in both languages) into every component's bundle.
const defaultValue: LabelsContextValue = { locale: 'en', overrides: undefined };
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
  const value = useMemo(() => ({ locale, overrides: labels }), [locale, labels]);
  return <LabelsContext.Provider value={value}>{children}</LabelsContext.Provider>;
}

export function useLabelsContext(): LabelsContextValue {
  return useContext(LabelsContext);
}
