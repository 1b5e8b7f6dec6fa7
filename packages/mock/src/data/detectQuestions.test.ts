import { QuestionSchema } from '@vernkit/core';
import { describe, expect, it } from 'vitest';
import { applyAnswer } from './applyAnswer.ts';
import { buildSheet } from './buildSheet.ts';
import { buildWorkbook } from './buildWorkbook.ts';
import { type AgentQuestion, detectQuestions } from './detectQuestions.ts';
import { MockDataError } from './errors.ts';
import { parseFile } from './parseFile.ts';
import { publicQuestion } from './publicQuestion.ts';
import { defaultTemplates, sampleFile } from './samples.ts';
import type { Recipe } from './types.ts';

const tables = [
  ...(await parseFile(sampleFile('contacts.csv'))),
  ...(await parseFile(sampleFile('companies.xlsx'))),
];
const workbook = buildWorkbook({ tables, templates: defaultTemplates });
const contacts = workbook[1] as (typeof workbook)[number];
const companiesSheet = (workbook[0] as (typeof workbook)[number]).sheet;

function ask(recipe: Recipe): AgentQuestion[] {
  const sheet = buildSheet({ ...contacts, recipe, related: [companiesSheet] });
  return detectQuestions({
    template: contacts.template,
    mapping: contacts.mapping,
    sheet,
    recipe,
    tables: contacts.tables,
  });
}

const initial = ask(contacts.recipe);
const [phone, status] = initial as [AgentQuestion, AgentQuestion];

describe('detectQuestions', () => {
  it('asks about the ambiguous Phone mapping and the out-of-range Status values, nothing else', () => {
    expect(initial.map((q) => q.id)).toEqual(['q_contacts_phone_source', 'q_contacts_status_values']);
  });

  it('asks which header fills Phone, with how full each candidate is', () => {
    expect(publicQuestion(phone)).toEqual({
      id: 'q_contacts_phone_source',
      question: 'Your data has both "Phone" and "Mobile". Which should fill Phone in Contacts?',
      context: '"Phone" is filled in 40 of 60 rows; "Mobile" is filled in 46 of 60 rows.',
      options: [
        { id: 'a', label: 'Use "Phone"' },
        { id: 'b', label: 'Use "Mobile"' },
        { id: 'c', label: 'Use "Phone", and "Mobile" when it is empty' },
      ],
      allowCustom: true,
    });
  });

  it('asks about the Status values no case fix explains, citing the real values', () => {
    expect(status.question).toBe(
      "Some Status values aren't one of the allowed options (Open, Closed, Pending). How should I handle them?",
    );
    expect(status.context).toBe(
      '6 rows in Contacts have a Status outside the allowed options: "in progress" (2), "DONE" (2), "Cancelled" (1), "In Progress" (1).',
    );
    expect(status.options.map((o) => o.label)).toEqual([
      "Map them all to 'Open'",
      "Map them all to 'Closed'",
      "Map them all to 'Pending'",
      'Drop those rows',
      'Leave them flagged',
    ]);
  });

  it('produces questions the core schema reads, without the server-side decision', () => {
    for (const q of initial) {
      const wire = JSON.parse(JSON.stringify(publicQuestion(q)));
      expect(wire).not.toHaveProperty('decision');
      expect(QuestionSchema.parse(wire)).toMatchObject({ id: q.id, allowCustom: true });
    }
  });

  it('asks nothing of clean data', async () => {
    const clean = await parseFile(sampleFile('contacts-clean.csv'));
    const [, entry] = buildWorkbook({ tables: clean, templates: defaultTemplates });
    if (!entry) throw new Error('no contacts sheet');
    expect(detectQuestions({ ...entry, tables: entry.tables })).toEqual([]);
  });
});

describe('applyAnswer', () => {
  const after = (question: AgentQuestion, value: string) => {
    const recipe = { steps: [...contacts.recipe.steps, ...applyAnswer(question, value)] };
    return {
      recipe,
      questions: ask(recipe),
      sheet: buildSheet({ ...contacts, recipe, related: [companiesSheet] }),
    };
  };
  const column = (sheet: ReturnType<typeof buildSheet>, name: string) =>
    sheet.rows.map((r) => r[sheet.header.indexOf(name)] ?? '');

  it('applies an option by its label and stops asking that question', () => {
    const { questions, sheet } = after(phone, 'Use "Mobile"');
    expect(questions.map((q) => q.id)).toEqual(['q_contacts_status_values']);
    expect(column(sheet, 'Phone').filter((v) => v !== '')).toHaveLength(46);
  });

  it('accepts an option id too', () => {
    expect(applyAnswer(phone, 'c')).toEqual([
      { kind: 'use_source', column: 'Phone', sources: ['Phone', 'Mobile'] },
    ]);
    expect(column(after(phone, 'c').sheet, 'Phone').filter((v) => v !== '')).toHaveLength(55);
  });

  it('reads free text naming the source columns', () => {
    expect(applyAnswer(phone, 'the mobile one please')).toEqual([
      { kind: 'use_source', column: 'Phone', sources: ['Mobile'] },
    ]);
    expect(applyAnswer(phone, 'Mobile, and Phone if that is empty')).toEqual([
      { kind: 'use_source', column: 'Phone', sources: ['Mobile', 'Phone'] },
    ]);
    expect(applyAnswer(phone, 'Use Phone, not Mobile')).toEqual([
      { kind: 'use_source', column: 'Phone', sources: ['Phone'] },
    ]);
    expect(applyAnswer(phone, 'neither, leave it empty')).toEqual([
      { kind: 'use_source', column: 'Phone', sources: [] },
    ]);
  });

  it('maps all out-of-range values when told a target', () => {
    const { questions, sheet } = after(status, "Map them all to 'Pending'");
    expect(questions.map((q) => q.id)).toEqual(['q_contacts_phone_source']);
    expect(sheet.invalid.filter((c) => c.column === 'Status')).toEqual([]);
    // 13 rows say Pending in some spelling; the 6 out-of-range ones join them.
    expect(column(sheet, 'Status').filter((v) => v === 'Pending')).toHaveLength(13 + 6);
  });

  it('understands a bare allowed value, in any case', () => {
    expect(applyAnswer(status, 'closed')).toEqual([{ kind: 'map_invalid', column: 'Status', to: 'Closed' }]);
    expect(applyAnswer(status, 'just set them to "Open".')).toEqual([
      { kind: 'map_invalid', column: 'Status', to: 'Open' },
    ]);
    expect(applyAnswer(status, 'DONE as Closed and Cancelled as closed')).toEqual([
      { kind: 'map_value', column: 'Status', from: 'DONE', to: 'Closed' },
      { kind: 'map_value', column: 'Status', from: 'Cancelled', to: 'Closed' },
    ]);
  });

  it('maps named values and asks again about the ones left', () => {
    const steps = applyAnswer(status, 'in progress to Open, DONE → closed');
    expect(steps).toEqual([
      { kind: 'map_value', column: 'Status', from: 'in progress', to: 'Open' },
      { kind: 'map_value', column: 'Status', from: 'DONE', to: 'Closed' },
    ]);
    const { questions } = after(status, 'in progress to Open, DONE → closed');
    const again = questions.find((q) => q.id === 'q_contacts_status_values');
    expect(again?.context).toBe(
      '1 row in Contacts has a Status outside the allowed options: "Cancelled" (1).',
    );
  });

  it('drops or keeps the rows when asked', () => {
    const dropped = after(status, 'Drop those rows');
    expect(dropped.sheet.rows).toHaveLength(54);
    expect(dropped.questions.map((q) => q.id)).toEqual(['q_contacts_phone_source']);
    const kept = after(status, 'leave them as they are');
    expect(kept.sheet.invalid.filter((c) => c.column === 'Status')).toHaveLength(6);
    expect(kept.questions.map((q) => q.id)).toEqual(['q_contacts_phone_source']);
  });

  it('refuses free text it cannot understand, and says what would work', () => {
    const error = (() => {
      try {
        applyAnswer(status, 'purple monkey dishwasher');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MockDataError);
    expect((error as MockDataError).code).toBe('invalid_answer');
    expect((error as MockDataError).message).toContain('name one of Open, Closed, Pending');
    expect(() => applyAnswer(phone, 'the fax column')).toThrow(/Name one of "Phone", "Mobile"/);
    expect(() => applyAnswer(phone, '   ')).toThrow('The answer is empty.');
  });
});
