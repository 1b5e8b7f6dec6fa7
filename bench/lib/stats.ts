/** Order statistics over repeated measurements: the spread is printed, never hidden behind a mean. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function spread(values: readonly number[]): Spread {
  return {
    min: Math.min(...values),
    median: percentile(values, 50),
    max: Math.max(...values),
  };
}
