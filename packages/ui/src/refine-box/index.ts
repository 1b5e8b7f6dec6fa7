export { RefineBox, type RefineBoxProps } from './RefineBox.tsx';
export type { RefineKind } from './threadAnswers.ts';
