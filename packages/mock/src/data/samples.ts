import { SAMPLE_FILES_BASE64 } from './sampleFiles.generated.ts';

export { defaultSources, defaultTemplates } from './defaultTemplates.ts';

export type SampleFileName = keyof typeof SAMPLE_FILES_BASE64;
export const sampleFileNames = Object.keys(SAMPLE_FILES_BASE64) as SampleFileName[];

const CONTENT_TYPES: Record<SampleFileName, string> = {
  'contacts.csv': 'text/csv',
  'contacts-clean.csv': 'text/csv',
  'companies.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A sample upload (see `packages/mock/samples/README.md`), decoded from an embedded
 * module so browsers need no filesystem. Each call returns fresh bytes.
 */
export function sampleFile(name: SampleFileName): {
  name: SampleFileName;
  bytes: Uint8Array;
  contentType: string;
} {
  const base64 = SAMPLE_FILES_BASE64[name];
  if (base64 === undefined) throw new Error(`Unknown sample file "${name}"`);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { name, bytes, contentType: CONTENT_TYPES[name] };
}
