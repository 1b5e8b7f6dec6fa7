import { type SampleFileName, sampleFile, sampleFileNames } from '@vernkit/mock';

export { type SampleFileName, sampleFileNames };

/** One of the mock's sample uploads as a `File`, as a customer would drop it. */
export function sampleUpload(name: SampleFileName): File {
  const { bytes, contentType } = sampleFile(name);
  return new File([new Uint8Array(bytes)], name, { type: contentType });
}

export const SAMPLE_DESCRIPTIONS: Record<SampleFileName, string> = {
  'contacts.csv': 'messy CRM export: renamed headers, bad emails, duplicates, Phone and Mobile',
  'contacts-clean.csv': 'a small clean contacts file',
  'companies.xlsx': 'a real Excel workbook of companies',
};
