import type { Template } from '@vernkit/core';
import { ImportRunSchema } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { applyPatch } from './applyPatch.ts';
import { buildWorkbook } from './buildWorkbook.ts';
import { computeReport } from './computeReport.ts';
import { MockDataError } from './errors.ts';
import { parseFile } from './parseFile.ts';
import { proposePatch } from './proposePatch.ts';
import { defaultTemplates, sampleFile } from './samples.ts';
import type { SheetData } from './types.ts';

const SHEET = '7a1c2b3d-4e5f-4061-8a9b-0c1d2e3f4a5b';
const tables = [
  ...(await parseFile(sampleFile('contacts.csv'))),
  ...(await parseFile(sampleFile('companies.xlsx'))),
];
const workbook = buildWorkbook({ tables, templates: defaultTemplates, sheetIds: { contacts: SHEET } });
const companies = (workbook[0] as (typeof workbook)[number]).sheet;
const contacts = workbook[1] as (typeof workbook)[number];
const template = contacts.template as Template;
const block = proposePatch(contacts.sheet, template);
const related = [companies];

const column = (sheet: SheetData, name: string) => sheet.rows.map((r) => r[sheet.header.indexOf(name)] ?? '');
function thrown(f: () => unknown): MockDataError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(MockDataError);
    return e as MockDataError;
  }
  throw new Error('expected a MockDataError');
}

describe('proposePatch', () => {
  it('asks one question per flagged group, in template column order', () => {
    expect(block.questions.map((q) => [q.id, q.target.column, q.target.affected_count])).toEqual([
      ['fq0', 'Email', 6],
      ['fq1', 'Email', 3],
      ['fq2', 'Last Name', 2],
      ['fq3', 'Status', 6],
      ['fq4', 'Account', 5],
    ]);
  });

  it('describes the Status group with the real offending values', () => {
    expect(block.questions[3]).toEqual({
      id: 'fq3',
      prompt: "Some Status values aren't one of the allowed options. How should Vern handle them?",
      context: '6 rows in Contacts have a Status outside Open / Closed / Pending.',
      target: {
        sheet_id: SHEET,
        column: 'Status',
        affected_count: 6,
        sample_values: ['in progress', 'DONE', 'Cancelled', 'In Progress'],
        error: 'Does not match allowed values: Open, Closed, Pending',
      },
      relevant_columns: ['Status'],
      options: [
        { id: 'a', label: "Map all to 'Open'" },
        { id: 'b', label: "Map all to 'Closed'" },
        { id: 'c', label: "Map all to 'Pending'" },
        { id: 'd', label: 'Clear these values' },
        { id: 'e', label: 'Remove these rows' },
        { id: 'f', label: 'Leave them flagged' },
      ],
      allow_custom: true,
    });
  });

  it('samples real cells and sums mixed problems in a column', () => {
    const email = block.questions[0];
    expect(email?.target.sample_values).toEqual([
      'aisha.bello at starkindustries.com',
      'chloe.dubois@',
      'ethan@@vandelay',
      'n/a',
    ]);
    expect(email?.context).toBe(
      '6 rows in Contacts have a problem with Email: 4 in the wrong format, 2 missing.',
    );
    expect(block.questions[1]?.target.sample_values).toEqual([
      'JANE.DOE@ACME.COM',
      'sofia.garcia@umbrella-health.com',
      'yuki.tanaka@hooli.xyz',
    ]);
    expect(block.questions[1]?.allow_custom).toBe(false);
  });

  it('proposes a patch of one action per group', () => {
    expect(block.proposed_patch).toEqual({
      summary:
        "Drop the 6 rows with an invalid Email; drop 3 duplicate Email rows in Contacts, keeping the first of each; drop the 2 rows with an invalid Last Name; map 6 out-of-range Status values to 'Closed'; clear 5 invalid Account values.",
      actions: [
        { sheet_id: SHEET, column: 'Email', action: 'delete_invalid_rows' },
        { sheet_id: SHEET, column: 'Email', action: 'dedup_keep_first', key_column: 'Email' },
        { sheet_id: SHEET, column: 'Last Name', action: 'delete_invalid_rows' },
        { sheet_id: SHEET, column: 'Status', action: 'set_value', value: 'Closed' },
        { sheet_id: SHEET, column: 'Account', action: 'set_value', value: '' },
      ],
    });
  });

  it('is a needs_attention block core reads', () => {
    const run = ImportRunSchema.parse(
      JSON.parse(JSON.stringify({ status: 'needs_attention', needs_attention: block })),
    );
    expect(run.status === 'needs_attention' && run.needs_attention.questions[3]).toMatchObject({
      question: "Some Status values aren't one of the allowed options. How should Vern handle them?",
      allowCustom: true,
      target: { affected_count: 6 },
    });
  });

  it('has nothing to ask of clean data', async () => {
    const clean = buildWorkbook({
      tables: await parseFile(sampleFile('contacts-clean.csv')),
      templates: defaultTemplates,
    });
    expect(proposePatch(clean[1]?.sheet as SheetData, template)).toEqual({
      questions: [],
      proposed_patch: { summary: '', actions: [] },
    });
  });
});

describe('applyPatch', () => {
  it('applies the proposed patch as is and leaves nothing flagged', () => {
    const next = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: block.proposed_patch.actions,
      related,
    });
    // 60 rows − 6 bad Email − 2 missing Last Name − 3 repeats of an earlier Email.
    expect(next.rows).toHaveLength(49);
    expect(next.invalid).toEqual([]);
    expect(proposePatch(next, template).questions).toEqual([]);
    expect(new Set(column(next, 'Status'))).toEqual(new Set(['Open', 'Closed', 'Pending', '']));
    expect(computeReport([companies, next], tables).perSheet[1]).toEqual({
      templateName: 'Contacts',
      sheetId: SHEET,
      rowCount: 49,
    });
  });

  it('sets a value only in the flagged cells of its column', () => {
    const next = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: [{ column: 'Status', action: 'set_value', value: 'Pending' }],
      related,
    });
    const before = column(contacts.sheet, 'Status');
    const after = column(next, 'Status');
    const flagged = new Set(contacts.sheet.invalid.filter((c) => c.column === 'Status').map((c) => c.row));
    expect(after).toEqual(before.map((value, r) => (flagged.has(r) ? 'Pending' : value)));
    expect(next.rows).toHaveLength(60);
  });

  it('lets answers override the proposal for their question', () => {
    const next = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: block.proposed_patch.actions,
      answers: [
        { question_id: 'fq3', option_id: 'e' },
        { question_id: 'fq4', option_id: 'c' },
      ],
      related,
    });
    expect(column(next, 'Status')).not.toContain('in progress');
    expect(next.invalid.map((c) => c.column)).toEqual(['Account', 'Account', 'Account', 'Account']);
    expect(next.kept).toEqual(['Account']);
    // Kept groups are not asked about again: the import completes with the rows flagged.
    expect(proposePatch(next, template).questions).toEqual([]);
    expect(computeReport([next], tables).invalidCellCount).toBe(4);
  });

  it('re-parks with a fresh question when an answer leaves cells invalid', () => {
    const next = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: block.proposed_patch.actions,
      answers: [{ question_id: 'fq3', custom: 'Maybe' }],
      related,
    });
    const again = proposePatch(next, template);
    expect(again.questions.map((q) => [q.id, q.target.column, q.target.sample_values])).toEqual([
      ['fq0', 'Status', ['Maybe']],
    ]);
    expect(again.questions[0]?.target.affected_count).toBe(5);
  });

  it('reads custom answers: a value, a removal, or keeping the rows', () => {
    const valued = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: [],
      answers: [{ question_id: 'fq3', custom: 'map them to pending' }],
      related,
    });
    expect(valued.invalid.filter((c) => c.column === 'Status')).toEqual([]);
    const removed = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: [],
      answers: [{ question_id: 'fq4', custom: 'remove them' }],
      related,
    });
    expect(column(removed, 'Account')).not.toContain('Initech');
    expect(removed.rows).toHaveLength(55);
    const kept = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: [],
      answers: [{ question_id: 'fq2', custom: 'leave them' }],
      related,
    });
    expect(kept.kept).toEqual(['Last Name']);
  });

  it('keeps the first remaining row of a duplicate group', () => {
    const sheet: SheetData = {
      template: { name: 'Contacts', slug: 'contacts' },
      header: ['Email', 'First Name', 'Last Name', 'Phone', 'Status', 'Account'],
      rows: [
        ['a@x.com', '', '', '', '', ''],
        ['a@x.com', '', 'Second', '', '', ''],
        ['A@x.com', '', 'Third', '', '', ''],
      ],
      invalid: [],
      lineage: [],
      tables: [],
    };
    const flagged = applyPatch({ sheet, template, actions: [] });
    const block2 = proposePatch(flagged, template);
    expect(block2.questions.map((q) => q.target.column)).toEqual(['Email', 'Last Name']);
    const next = applyPatch({ sheet: flagged, template, actions: block2.proposed_patch.actions });
    expect(next.rows).toEqual([['a@x.com', '', 'Second', '', '', '']]);
  });

  it('ignores actions addressed to another sheet', () => {
    const next = applyPatch({
      sheet: contacts.sheet,
      template,
      actions: [{ sheet_id: 'other', column: 'Email', action: 'delete_invalid_rows' }],
      related,
    });
    expect(next.rows).toHaveLength(60);
  });

  it('rejects a decision it cannot apply', () => {
    const unknown = thrown(() =>
      applyPatch({
        sheet: contacts.sheet,
        template,
        actions: [],
        answers: [{ question_id: 'fq9', option_id: 'a' }],
      }),
    );
    expect([unknown.code, unknown.message]).toEqual([
      'unknown_question',
      'There is no question "fq9" to answer.',
    ]);
    const option = thrown(() =>
      applyPatch({
        sheet: contacts.sheet,
        template,
        actions: [],
        answers: [{ question_id: 'fq3', option_id: 'z' }],
      }),
    );
    expect([option.code, option.message]).toEqual(['invalid_answer', 'Question "fq3" has no option "z".']);
    const dedupText = thrown(() =>
      applyPatch({
        sheet: contacts.sheet,
        template,
        actions: [],
        answers: [{ question_id: 'fq1', custom: 'whatever' }],
      }),
    );
    expect(dedupText.code).toBe('invalid_answer');
    expect(
      thrown(() =>
        applyPatch({ sheet: contacts.sheet, template, actions: [{ column: 'Email', action: 'explode' }] }),
      ).code,
    ).toBe('invalid_patch');
    expect(
      thrown(() => applyPatch({ sheet: contacts.sheet, template, actions: [{ action: 'keep' }] })).code,
    ).toBe('invalid_patch');
  });

  it('leaves the proposed-against sheet untouched', () => {
    const before = JSON.stringify(contacts.sheet);
    applyPatch({ sheet: contacts.sheet, template, actions: block.proposed_patch.actions, related });
    expect(JSON.stringify(contacts.sheet)).toBe(before);
  });
});
