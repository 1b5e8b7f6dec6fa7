import { type Preview, PreviewSchema, type ThreadEvent, ThreadEventSchema } from '@vernkit/core';

const FIRST = ['Jane', 'John', 'Amara', 'Lukas', 'Mei', 'Oren', 'Priya', 'Sofía', 'Tomás', 'Yuki'];
const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries'];
const STATUS = ['Open', 'Closed', 'Pending'];

function cell(r: number, c: number): string {
  switch (c % 6) {
    case 0:
      return `${(FIRST[r % FIRST.length] as string).toLowerCase()}.${r}@example.com`;
    case 1:
      return FIRST[(r * 7 + c) % FIRST.length] as string;
    case 2:
      return COMPANIES[(r + c) % COMPANIES.length] as string;
    case 3:
      return STATUS[r % STATUS.length] as string;
    case 4:
      return `+1 555 ${String(1000 + ((r * 31 + c) % 9000))}`;
    default:
      return `2024-${String(1 + (r % 12)).padStart(2, '0')}-${String(1 + (r % 28)).padStart(2, '0')}`;
  }
}

/** A `GET /preview` body of `rows` × `columns`, one flagged cell every 97 rows, through `PreviewSchema`. */
export function previewOf(rows: number, columns: number): Preview {
  const header = Array.from({ length: columns }, (_, c) => `Field ${c + 1}`);
  const grid: string[][] = [header];
  for (let r = 0; r < rows; r++) grid.push(Array.from({ length: columns }, (_, c) => cell(r, c)));
  const invalid = [];
  for (let r = 0; r < rows; r += 97)
    invalid.push({ row: r, column: header[3], error: 'Not an allowed value' });
  const template = { slug: 'contacts', name: 'Contacts' };
  return PreviewSchema.parse({
    templates: [template],
    sheets: [{ template, rows: grid, invalid_cells: invalid }],
  });
}

const TOOLS = ['read_file', 'map_columns', 'validate_rows', 'edit_recipe'];

/** A long thread with what `include=tools` carries: statuses, tool calls and results, markdown messages. */
export function threadOf(count: number): ThreadEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const sequence = i + 1;
    const created_at = new Date(Date.UTC(2026, 0, 1) + sequence * 10).toISOString();
    const call_id = `c${sequence - (sequence % 5 === 3 ? 1 : 0)}`;
    const [type, data] = (
      [
        [
          'message',
          { text: `Checked **batch ${sequence}**: 200 rows, \`3\` flagged. See [rules](https://vern.so).` },
        ],
        ['status', { message: `Validating batch ${sequence}` }],
        ['tool_call', { call_id, name: TOOLS[sequence % TOOLS.length], args: { batch: sequence } }],
        ['tool_result', { call_id, name: TOOLS[(sequence - 1) % TOOLS.length], ok: true }],
        ['status', { message: `Cleaning batch ${sequence}` }],
      ] as const
    )[sequence % 5] as readonly [string, Record<string, unknown>];
    return ThreadEventSchema.parse({ sequence, type, data, created_at });
  });
}
