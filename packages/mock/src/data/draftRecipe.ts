import { columnRules } from './columnRules.ts';
import type { HeaderMapping, Recipe, Template } from './types.ts';

/**
 * What the agent does without asking, because no reading of the data could object:
 * trim stray whitespace everywhere and fold case/spacing variants of allowed values
 * ("open ", "CLOSED") onto their canonical spelling. Ambiguous mappings keep their
 * provisional pick until a question settles them.
 */
export function draftRecipe(input: { template: Template; mapping?: HeaderMapping }): Recipe {
  const steps: Recipe['steps'] = [{ kind: 'trim' }];
  for (const rules of columnRules(input.template)) {
    if (rules.allowed) steps.push({ kind: 'normalize_allowed', column: rules.name });
  }
  return { steps };
}
