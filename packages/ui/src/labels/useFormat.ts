'use client';
import { useMemo } from 'react';
import { useLabelsContext } from './LabelsProvider.tsx';

export interface Formatters {
  locale: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** `0.42` → "42%". */
  percent(value: number, maximumFractionDigits?: number): string;
  /** File sizes: "1.2 MB", with the locale's digits and unit names. */
  bytes(value: number): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  /** "a, b, and c" in the locale's list style. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Intl formatters bound to the provider's locale. */
export function useFormat(): Formatters {
  const { locale } = useLabelsContext();
  return useMemo(() => createFormatters(locale), [locale]);
}

export function createFormatters(locale: string): Formatters {
  const num = new Intl.NumberFormat(locale);
  return {
    locale,
    number: (value, options) => (options ? new Intl.NumberFormat(locale, options) : num).format(value),
    percent: (value, maximumFractionDigits = 0) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value),
    bytes: (value) => {
      let unit = 0;
      let n = Math.max(0, value);
      while (n >= 1000 && unit < UNITS.length - 1) {
        n /= 1000;
        unit++;
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: UNITS[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit === 0 ? 0 : 1,
      }).format(n);
    },
    date: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) => {
      const d = value instanceof Date ? value : new Date(value);
      return Number.isNaN(d.getTime()) ? String(value) : new Intl.DateTimeFormat(locale, options).format(d);
    },
    list: (items, type = 'conjunction') => new Intl.ListFormat(locale, { style: 'long', type }).format(items),
  };
}
