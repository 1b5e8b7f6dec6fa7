import type { VernClient } from '@vernkit/core';
import { createContext } from 'react';
import type { RetryStatusStore } from './retryStatus.ts';

export interface VernContextValue {
  client: VernClient | Promise<VernClient>;
  retryStatus?: RetryStatusStore;
}

export const VernContext = createContext<VernContextValue | null>(null);
VernContext.displayName = 'VernContext';
