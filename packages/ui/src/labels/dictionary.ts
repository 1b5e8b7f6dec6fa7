import { agentActivityLabels } from '../agent-activity/labels.ts';
import { credentialFormLabels } from '../credential-form/labels.ts';
import { fileDropzoneLabels } from '../file-dropzone/labels.ts';
import { flaggedRowsReviewLabels } from '../flagged-rows-review/labels.ts';
import { migrationFlowLabels } from '../migration-flow/labels.ts';
import { previewTableLabels } from '../preview-table/labels.ts';
import { proposedPatchLabels } from '../proposed-patch/labels.ts';
import { questionFormLabels } from '../question-form/labels.ts';
import { refineBoxLabels } from '../refine-box/labels.ts';
import { reportSummaryLabels } from '../report-summary/labels.ts';
import { runProgressLabels } from '../run-progress/labels.ts';
import { commonLabels } from './common.ts';
import { languageFor, mergeNamespace } from './language.ts';

/**
 * Every namespace of the labels dictionary. A component adds its `labels.ts` here with one
 * line; `en`, `de` and the `LabelDictionary` type follow. Components never import this file
 * (only its types): each passes its own namespace to `useLabels`, so a page that renders one
 * component ships one namespace, not all of them.
 */
const namespaces = {
  common: commonLabels,
  questionForm: questionFormLabels,
  credentialForm: credentialFormLabels,
  refineBox: refineBoxLabels,
  proposedPatch: proposedPatchLabels,
  flaggedRowsReview: flaggedRowsReviewLabels,
  fileDropzone: fileDropzoneLabels,
  previewTable: previewTableLabels,
  runProgress: runProgressLabels,
  agentActivity: agentActivityLabels,
  reportSummary: reportSummaryLabels,
  migrationFlow: migrationFlowLabels,
};

type Namespaces = typeof namespaces;
export type LabelNamespace = keyof Namespaces;
export type LabelDictionary = { [N in LabelNamespace]: Namespaces[N]['en'] };

/** What a host passes as `labels`: any subset of any namespace. */
export type LabelOverrides = { [N in LabelNamespace]?: Partial<LabelDictionary[N]> };

function pick(lang: 'en' | 'de'): LabelDictionary {
  const out = {} as Record<string, Record<string, string>>;
  for (const [ns, dict] of Object.entries(namespaces)) out[ns] = dict[lang];
  return out as LabelDictionary;
}

export const en: LabelDictionary = pick('en');
export const de: LabelDictionary = pick('de');

/** The built-in dictionary for a BCP 47 locale: German for `de*`, English otherwise. */
export function dictionaryFor(locale: string): LabelDictionary {
  return languageFor(locale) === 'de' ? de : en;
}

export function mergeLabels(base: LabelDictionary, overrides: LabelOverrides | undefined): LabelDictionary {
  if (!overrides) return base;
  const out = { ...base } as Record<string, Record<string, string>>;
  for (const [ns, values] of Object.entries(overrides)) {
    const current = out[ns];
    if (current) out[ns] = mergeNamespace(current, values);
  }
  return out as LabelDictionary;
}
