export { defineLabels } from './defineLabels.ts';
export {
  de,
  dictionaryFor,
  en,
  type LabelDictionary,
  type LabelNamespace,
  type LabelOverrides,
  mergeLabels,
} from './dictionary.ts';
export { formatLabel, type LabelVars } from './formatLabel.ts';
export {
  type LabelsContextValue,
  LabelsProvider,
  type LabelsProviderProps,
  useLabelsContext,
} from './LabelsProvider.tsx';
export { createFormatters, type Formatters, useFormat } from './useFormat.ts';
export { type NamespaceLabels, useLabelDictionary } from './useLabelDictionary.ts';
export { type LabelKey, type Translate, useLabels } from './useLabels.ts';
export { useResolvedLabels } from './useResolvedLabels.ts';
