import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tokens } from './tokens.ts';

// Whitespace collapsed: the formatter may wrap a long value onto the next line.
const css = readFileSync(path.join(import.meta.dirname, 'tokens.css'), 'utf8').replace(/\s+/g, ' ');

describe('tokens', () => {
  it('declares every listed variable in tokens.css with the listed defaults', () => {
    for (const t of tokens) {
      const expected = t.dark ? `${t.name}: light-dark(${t.light}, ${t.dark});` : `${t.name}: ${t.light};`;
      expect(css, t.name).toContain(expected);
    }
  });

  it('lists every public variable tokens.css declares (derived ones excepted)', () => {
    const declared = new Set([...css.matchAll(/[{;] (--vk-[a-z-]+):/g)].map((m) => m[1]));
    const derived = [...declared].filter((name) => !tokens.some((t) => t.name === name));
    expect(
      derived.every((n) =>
        /-(sm|lg|xl|full|line-height|pad-[xy]|control-height|duration|ease)$|--vk-(tint|shadow)-/.test(
          n ?? '',
        ),
      ),
    ).toBe(true);
  });

  it('maps each appearance key to its variable name', () => {
    expect(tokens.find((t) => t.key === 'colorMutedFg')?.name).toBe('--vk-color-muted-fg');
    expect(tokens.find((t) => t.key === 'colorFocusRing')?.name).toBe('--vk-color-focus-ring');
    expect(new Set(tokens.map((t) => t.key)).size).toBe(tokens.length);
  });
});
