import type { VernClient } from '@vernkit/core';
import { createContext } from 'react';

export interface VernContextValue {
  client: VernClient | Promise<VernClient>;
}

export const VernContext = createContext<VernContextValue | null>(null);
VernContext.displayName = 'VernContext';
