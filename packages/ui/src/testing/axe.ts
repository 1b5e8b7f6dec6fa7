import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Run axe on a node and fail with the rule ids and targets. `region` is off (a component is
 * embedded in a host page that owns the landmarks) and so is `color-contrast` in jsdom, which
 * cannot compute colours; the Storybook and browser projects check contrast for real.
 */
export async function expectNoAxeViolations(node: Element = document.body, options: axe.RunOptions = {}) {
  const inJsdom = typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');
  const result = await axe.run(node, {
    ...options,
    rules: {
      region: { enabled: false },
      ...(inJsdom ? { 'color-contrast': { enabled: false } } : {}),
      ...options.rules,
    },
  });
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(violations).toEqual([]);
}
