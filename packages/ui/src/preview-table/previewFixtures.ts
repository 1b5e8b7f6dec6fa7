import { type Preview, PreviewSchema } from '@vernkit/core';

/** Fixtures for stories and tests; not exported from the package. */

const FIRST = ['Jane', 'John', 'Amara', 'Lukas', 'Mei', 'Oren', 'Priya', 'Sofía', 'Tomás', 'Yuki'];
const LAST = ['Doe', 'Smith', 'Okafor', 'Müller', 'Chen', 'Levi', 'Patel', 'García', 'Novák', 'Tanaka'];
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries'];
const STATUS = ['Open', 'Closed', 'Pending'];

export const contactsHeader = ['Email', 'First Name', 'Last Name', 'Company', 'Status', 'Phone', 'Created'];

export function contactRow(i: number): string[] {
  const first = FIRST[i % FIRST.length] as string;
  const last = LAST[(i * 7) % LAST.length] as string;
  return [
    `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.com`,
    first,
    last,
    COMPANIES[i % COMPANIES.length] as string,
    STATUS[i % STATUS.length] as string,
    `+1 555 ${String(1000 + (i % 9000)).padStart(4, '0')}`,
    new Date(Date.UTC(2024, i % 12, (i % 28) + 1)).toISOString().slice(0, 10),
  ];
}

/** A realistic two-sheet preview with a handful of invalid cells. */
export function samplePreview(): Preview {
  const contacts = [contactsHeader, ...Array.from({ length: 240 }, (_, i) => contactRow(i))];
  (contacts[4] as string[])[0] = 'not-an-email';
  (contacts[9] as string[])[4] = 'Archived';
  (contacts[17] as string[])[4] = 'Lost';
  (contacts[17] as string[])[5] = '12';
  const companies = [
    ['Name', 'Domain', 'Employees', 'Industry'],
    ...COMPANIES.map((name, i) => [
      name,
      `${name.toLowerCase().replace(/\W+/g, '')}.com`,
      String((i + 1) * 120),
      'Software',
    ]),
  ];
  (companies[3] as string[])[2] = 'about fifty';
  return PreviewSchema.parse({
    status: 'awaiting_approval',
    templates: [
      { slug: 'contacts', name: 'Contacts' },
      { slug: 'companies', name: 'Companies' },
    ],
    sheets: [
      {
        template: { slug: 'contacts', name: 'Contacts' },
        rows: contacts,
        invalid_cells: [
          { row: 3, column: 'Email', error: 'Not a valid email address' },
          { row: 8, column: 'Status', error: "'Archived' is not one of Open, Closed, Pending" },
          { row: 16, column: 'Status', error: "'Lost' is not one of Open, Closed, Pending" },
          { row: 16, column: 'Phone', error: 'Too short for a phone number' },
        ],
      },
      {
        template: { slug: 'companies', name: 'Companies' },
        rows: companies,
        invalid_cells: [{ row: 2, column: 'Employees', error: 'Expected a whole number' }],
      },
    ],
  });
}

/** `rows` × `columns` generated cells; every `invalidEvery`th row gets an invalid cell. */
export function largePreview(rows: number, columns: number, invalidEvery = 97): Preview {
  const header = Array.from({ length: columns }, (_, c) => contactsHeader[c] ?? `Field ${c + 1}`);
  const grid: string[][] = [header];
  for (let r = 0; r < rows; r++) {
    const base = contactRow(r);
    const row = new Array<string>(columns);
    for (let c = 0; c < columns; c++) row[c] = base[c] ?? `r${r + 1}c${c + 1}`;
    grid.push(row);
  }
  const invalid = [];
  for (let r = 0; r < rows; r += invalidEvery) {
    invalid.push({ row: r, column: header[r % columns] as string, error: `Row ${r + 1} failed validation` });
  }
  return PreviewSchema.parse({
    sheets: [{ template: { slug: 'contacts', name: 'Contacts' }, rows: grid, invalid_cells: invalid }],
  });
}

/** Strings that must render as inert, readable text. */
export const hostileValues = [
  '<img src=x onerror=alert(1)>',
  '[click me](javascript:alert(1))',
  '=HYPERLINK("http://evil.example","Click")',
  'invoice\u202Efdp.exe',
  '<script>alert("x")</script>',
  'x'.repeat(10_000),
];

export function hostilePreview(): Preview {
  const header = ['<b>Name</b>', 'Formula', 'Notes\u202E', 'Long'];
  const rows = [
    header,
    [hostileValues[0], hostileValues[2], hostileValues[3], hostileValues[5]],
    [hostileValues[4], '@SUM(A1:A9)', hostileValues[1], 'short'],
  ] as string[][];
  return PreviewSchema.parse({
    sheets: [
      {
        template: { slug: 'hostile', name: '<img src=x onerror=alert(1)>' },
        rows,
        invalid_cells: [{ row: 0, column: '<b>Name</b>', error: '<script>alert("error")</script>' }],
      },
    ],
  });
}
