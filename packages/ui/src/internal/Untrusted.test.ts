import { revealBidi, safeHref, stringify } from './Untrusted.tsx';

describe('untrusted text helpers', () => {
  it('makes bidi overrides visible', () => {
    expect(revealBidi('invoice\u202Efdp.exe')).toBe('invoice[U+202E]fdp.exe');
    expect(revealBidi('a\u2066b\u2069c')).toBe('a[U+2066]b[U+2069]c');
    expect(revealBidi('שלום')).toBe('שלום');
  });

  it('follows only http(s) and mailto URLs', () => {
    expect(safeHref('https://example.com/x')).toBe('https://example.com/x');
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('mailto:help@example.com')).toBe('mailto:help@example.com');
    expect(safeHref(42)).toBeNull();
  });

  it('stringifies anything without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(stringify({ a: 1 })).toBe('{"a":1}');
    expect(stringify(null)).toBe('');
    expect(stringify(cyclic)).toBe('[object Object]');
  });
});
