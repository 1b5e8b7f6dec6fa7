import { headerKey } from './headerKey.ts';

/**
 * What exports commonly call a column, by the column's key. Written as people write
 * headers; compared through `headerKey`. A column not listed here matches by name only.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  email: [
    'E-mail',
    'Email Address',
    'E-mail Address',
    'Mail',
    'Email ID',
    'Primary Email',
    'Work Email',
    'Business Email',
  ],
  firstname: ['First', 'Given Name', 'Forename', 'FName', 'First_Name'],
  lastname: ['Surname', 'Last', 'Family Name', 'LName', 'Last_Name'],
  fullname: ['Name', 'Contact Name', 'Contact'],
  phone: [
    'Phone Number',
    'Telephone',
    'Tel',
    'Mobile',
    'Mobile Phone',
    'Cell',
    'Cell Phone',
    'Work Phone',
    'Direct Line',
  ],
  status: ['State', 'Stage', 'Lead Status', 'Contact Status'],
  account: ['Account Name', 'Company', 'Company Name', 'Organisation', 'Organization', 'Org', 'Employer'],
  name: [
    'Company',
    'Company Name',
    'Account',
    'Account Name',
    'Organisation',
    'Organization',
    'Business Name',
  ],
  domain: ['Website', 'Web Site', 'URL', 'Web', 'Site', 'Company Domain', 'Homepage'],
  industry: ['Sector', 'Vertical', 'Industry Type'],
  employees: [
    'Employee Count',
    'Number of Employees',
    'No. of Employees',
    'Headcount',
    'Staff',
    'Company Size',
  ],
  title: ['Job Title', 'Position', 'Role'],
};

const BY_KEY = new Map(
  Object.entries(SYNONYMS).map(([key, names]) => [key, new Set(names.map(headerKey))] as const),
);

export function synonymKeys(columnKey: string): ReadonlySet<string> {
  return BY_KEY.get(columnKey) ?? new Set();
}
