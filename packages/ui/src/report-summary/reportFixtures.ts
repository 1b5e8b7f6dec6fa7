import { type Report, ReportSchema, type TemplateRef } from '@vernkit/core';

/** Fixtures for stories and tests; not exported from the package. */

export const sampleTemplates: TemplateRef[] = [
  { slug: 'contacts', name: 'Contacts' },
  { slug: 'companies', name: 'Companies' },
];

const stat = (filled: number, total: number) => ({ filled, distinct: filled, total });

export function sampleReport(overrides: Partial<Record<string, unknown>> = {}): Report {
  return ReportSchema.parse({
    inserted: 1450,
    perSheet: [
      { templateName: 'Contacts', sheetId: 's1', rowCount: 1210 },
      { templateName: 'Companies', sheetId: 's2', rowCount: 240 },
    ],
    invalidCellCount: 12,
    coverage: {
      columns: [
        { sheet: 'Contacts', column: 'Email', input: stat(1210, 1210), output: stat(1205, 1210) },
        { sheet: 'Contacts', column: 'First Name', input: stat(1190, 1210), output: stat(1190, 1210) },
        { sheet: 'Contacts', column: 'Phone', input: stat(1100, 1210), output: stat(80, 1210) },
        { sheet: 'Contacts', column: 'Status', input: stat(1210, 1210), output: stat(1198, 1210) },
        { sheet: 'Contacts', column: 'Owner', input: null, output: stat(0, 1210) },
        { sheet: 'Companies', column: 'Name', input: stat(240, 240), output: stat(240, 240) },
        { sheet: 'Companies', column: 'Domain', input: stat(200, 240), output: stat(200, 240) },
        { sheet: 'Companies', column: 'Employees', input: stat(180, 240), output: stat(175, 240) },
        { sheet: 'Companies', column: 'Industry', input: stat(120, 240), output: stat(118, 240) },
        { sheet: 'Companies', column: 'Website', input: stat(90, 240), output: stat(90, 240) },
      ],
    },
    ...overrides,
  });
}
