import { hostile } from '../../fixtures/hostile.ts';

const HEADER = ['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account'];
const STATUSES = ['Open', 'Closed', 'Pending'];
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csv = (rows: string[][]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** A contacts export with `count` generated rows; every 97th has a bad email, every 89th an unknown status. */
export function bigContactsCsv(count: number): File {
  const rows = [HEADER];
  for (let i = 1; i <= count; i++) {
    rows.push([
      i % 97 === 0 ? `person${i}-at-example.com` : `person${i}@example.com`,
      `First${i}`,
      `Last${i}`,
      `+1 415 555 ${String(i % 10_000).padStart(4, '0')}`,
      i % 89 === 0 ? 'In progress' : (STATUSES[i % 3] as string),
      `Company ${i % 500}`,
    ]);
  }
  return new File([csv(rows)], `contacts-${count}.csv`, { type: 'text/csv' });
}

/** A contacts export whose values (and whose file name) try every trick a file can carry. */
export function hostileContactsCsv(): File {
  const rows = [
    HEADER,
    ['mallory@example.com', hostile.html, hostile.script, hostile.formula, 'Open', hostile.rtl],
    ['eve@example.com', hostile.jsLink, hostile.markdown, '=1+1', 'Closed', hostile.long],
    ['trent@example.com', 'Trent', '\u202Egnp.exe', '@SUM(A1:A2)', 'Pending', '"Quoted, with comma"'],
  ];
  return new File([csv(rows)], `${hostile.html}\u202Evsc.exe.csv`, { type: 'text/csv' });
}

/** Just the header line: a file with nothing to import. */
export function headerOnlyCsv(): File {
  return new File([csv([HEADER])], 'contacts-empty.csv', { type: 'text/csv' });
}

/** Bytes that are not text at all, named like a CSV. */
export function garbageCsv(): File {
  const bytes = new Uint8Array(2048);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  return new File([bytes], 'export.csv', { type: 'text/csv' });
}
