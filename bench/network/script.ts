/**
 * The scripted customer every approach is measured on: one CSV, a `generate` the mock paces
 * to about five minutes, a question answered after a while, a preview reviewed for a minute,
 * an `execute`, then ten idle minutes after the report.
 */
import type { Answers, Question } from '@vernkit/core';

/** At speed 1 the mock generates in about 4 s; 75 stretches that to about five minutes. */
export const SPEED = 75;
export const THINK_MS = 30_000;
export const REVIEW_MS = 60_000;
export const IDLE_AFTER_MS = 10 * 60_000;

export const CREATE = { name: 'Acme', external_id: 'acme-001', templates: ['contacts'] };

/** From packages/react/src/test/createTestKit.tsx: ambiguous on purpose (Phone or Mobile? free-text statuses). */
const MESSY_CONTACTS_CSV = [
  'E-mail Address,first_name,Surname,Company,Phone,Mobile,Status',
  'jane.doe@acme.com,Jane,Doe,"Acme, Inc.",+1 415 555 1000,+1 628 555 2000,Open',
  'john.smith@acme.com,  John,Smith,"Acme, Inc.",+1 415 555 1037,,Closed',
  'priya.patel@globex.com,Priya,Patel,Globex Corporation,,+1 628 555 2106,open',
  'marcus.chen@globex.com,Marcus,Chen,Globex Corporation,+1 415 555 1111,+1 628 555 2159,in progress',
].join('\n');

/** From the same file: nothing to ask, so a `happy` run goes straight to its preview. */
const CLEAN_CONTACTS_CSV = [
  'Email,First Name,Last Name,Phone',
  'jane@acme.com,Jane,Doe,555-0100',
  'john@acme.com,John,Smith,555-0101',
  'ann@globex.com,Ann,Lee,555-0102',
].join('\n');

export const messyContactsFile = () => new File([MESSY_CONTACTS_CSV], 'contacts.csv', { type: 'text/csv' });
export const cleanContactsFile = () => new File([CLEAN_CONTACTS_CSV], 'contacts.csv', { type: 'text/csv' });

/** What the customer picks: the first option, or a plain answer for an open question. */
export const firstOptions = (questions: readonly Question[]): Answers =>
  questions.map((q) => ({ id: q.id, value: q.options[0]?.label ?? 'Keep them as they are' }));
