import { act, fireEvent, screen, within } from '@testing-library/react';

/**
 * jsdom has no layout: give every element a viewport-sized box so the virtualized preview grid
 * and activity feed render their rows. Call at the top of a test file.
 */
export function withViewport(width = 900, height = 500): void {
  const sizes = { clientHeight: height, clientWidth: width } as const;
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

/** Let fake time pass (and every promise it releases settle). */
export const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/**
 * A click, as `fireEvent` inside `act`. user-event's async wrapper waits on a real-time
 * `setTimeout` that Vitest's fake timers never fire, so these tests drive the DOM directly.
 */
export async function press(element: Element, times = 1): Promise<void> {
  await act(async () => {
    for (let i = 0; i < times; i++) fireEvent.click(element);
  });
}

/** A real double click: two clicks, then `dblclick`. */
export async function doubleClick(element: Element): Promise<void> {
  await act(async () => {
    fireEvent.click(element, { detail: 1 });
    fireEvent.click(element, { detail: 2 });
    fireEvent.dblClick(element);
  });
}

export async function type(element: Element, text: string): Promise<void> {
  await act(async () => {
    fireEvent.change(element, { target: { value: text } });
  });
}

/** The flow's current step heading. */
export const heading = () => screen.getByRole('heading', { level: 2 });

export const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Pick each question's first option (the form is then complete). */
export async function chooseFirstOptions(): Promise<void> {
  for (const group of screen.getAllByRole('radiogroup')) {
    await press(within(group).getAllByRole('radio')[0] as HTMLElement);
  }
}

/**
 * Confirm the dialog a control opened (`alertdialog`), with its button named `name`.
 * (`findBy*` would wait on a real-time timer too: let fake time pass, then look.)
 */
export async function confirm(name: string | RegExp): Promise<void> {
  await wait(0);
  const dialog = screen.getByRole('alertdialog');
  await press(within(dialog).getByRole('button', { name }));
}
