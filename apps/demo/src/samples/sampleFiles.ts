import { type SampleFileName, sampleFile, sampleFileNames } from '@vernkit/mock';

export const SAMPLE_DESCRIPTIONS: Record<SampleFileName, string> = {
  'contacts.csv': 'A messy contacts export: renamed headers, odd phone formats, a few bad emails.',
  'contacts-clean.csv': 'A tidy contacts export that maps without questions.',
  'companies.xlsx': 'A companies spreadsheet (Excel).',
};

export const SAMPLE_NAMES: readonly SampleFileName[] = sampleFileNames;

/** A sample from `@vernkit/mock` as a `File`, as if the customer had picked it. */
export function sampleAsFile(name: SampleFileName): File {
  const sample = sampleFile(name);
  return new File([new Uint8Array(sample.bytes)], sample.name, { type: sample.contentType });
}
