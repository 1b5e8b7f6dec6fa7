export { KitProvider, type KitProviderProps } from './KitProvider.tsx';
export { useKit } from './useKit.ts';
export { type KitRootProps, useKitRootProps } from './useKitRootProps.ts';
export { VernProvider, type VernProviderProps } from './VernProvider.tsx';
