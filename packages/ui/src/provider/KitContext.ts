'use client';
import { type CSSProperties, createContext, useContext } from 'react';

export interface KitContextValue {
  /** True under a `KitProvider`/`VernProvider`; components work without one, unstyled and in English. */
  inProvider: boolean;
  unstyled: boolean;
  colorScheme: 'auto' | 'light' | 'dark';
  /** Identifies this kit root so appearance `rules` and portals stay scoped to it. */
  scopeId: string;
  /** Inline custom properties compiled from `appearance.variables`. */
  style: CSSProperties;
}

export const KitContext = createContext<KitContextValue>({
  inProvider: false,
  unstyled: false,
  colorScheme: 'auto',
  scopeId: '',
  style: {},
});

export function useKitContext(): KitContextValue {
  return useContext(KitContext);
}
