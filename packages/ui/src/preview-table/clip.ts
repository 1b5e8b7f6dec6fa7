/** Cut a long value for display: the DOM never holds more than `max` characters of it. */
export function clip(text: string, max: number): { text: string; rest: number } {
  if (text.length <= max) return { text, rest: 0 };
  return { text: text.slice(0, max), rest: text.length - max };
}
