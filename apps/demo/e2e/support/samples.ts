import path from 'node:path';

/** The sample exports `@vernkit/mock` ships (the same bytes the page offers for download). */
export const SAMPLES_DIR = path.resolve(import.meta.dirname, '../../../../packages/mock/samples');
export const CONTACTS_CSV = path.join(SAMPLES_DIR, 'contacts.csv');
