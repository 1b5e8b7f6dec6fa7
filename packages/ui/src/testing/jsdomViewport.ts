/**
 * jsdom has no layout: every element measures 0 × 0, so a virtualizer renders nothing. Call at
 * the top of a jsdom test file to give every element a viewport-sized box for that file.
 */
export function withJsdomViewport(sizes: { clientHeight: number; clientWidth: number }): void {
  const originals = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [key, value] of Object.entries(sizes)) {
      originals.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [key, descriptor] of originals) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
  });
}
