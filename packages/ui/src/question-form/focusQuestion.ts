/**
 * Move focus into an invalid question: its text box when the answer is typed, otherwise
 * the checked (or first) radio, which is where a keyboard user lands in a radio group.
 */
export function focusQuestion(container: HTMLElement | null | undefined): void {
  if (!container) return;
  const target =
    container.querySelector<HTMLElement>(
      '[data-slot="question-form-custom-input"], [data-slot="question-form-text"]',
    ) ??
    container.querySelector<HTMLElement>('input[type="radio"]:checked') ??
    container.querySelector<HTMLElement>('input[type="radio"]');
  target?.focus();
}
