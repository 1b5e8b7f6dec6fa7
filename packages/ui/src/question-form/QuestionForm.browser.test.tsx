import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import '../styles.css';
import { hostileQuestions, importsQuestions, severalQuestions } from '../fixtures/questions.ts';
import { KitFrame } from '../stories/KitFrame.tsx';
import { shoot } from '../testing/shoot.ts';
import { QuestionForm } from './QuestionForm.tsx';

describe('QuestionForm in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(900, 1400);
  });

  it('lays out several questions without horizontal overflow, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const r = render(
        <KitFrame theme={theme} width={640}>
          <QuestionForm questions={severalQuestions} onSubmit={() => {}} />
        </KitFrame>,
      );
      const form = screen.getByRole('form');
      expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
      await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));
      await shoot(r.container, `question-form-several-${theme}`);
      r.unmount();
    }
  });

  it('keeps a 10 kB hostile string inside the card', async () => {
    const r = render(
      <KitFrame width={560}>
        <QuestionForm questions={hostileQuestions} onSubmit={() => {}} />
      </KitFrame>,
    );
    const card = r.container.querySelector('[data-slot="question-form-question"]') as HTMLElement;
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    await shoot(r.container, 'question-form-hostile');
  });

  it('moves between options with the arrow keys', async () => {
    const r = render(
      <KitFrame theme="light">
        <QuestionForm answerFormat="imports" questions={importsQuestions} onSubmit={() => {}} />
      </KitFrame>,
    );
    await userEvent.click(screen.getByRole('radio', { name: "Map all to 'Open'" }));
    // Native radios sharing a name: the arrow moves focus and the choice, and stays inside the question.
    await userEvent.keyboard('{ArrowDown}');
    const [next, otherQuestions] = screen.getAllByRole('radio', { name: 'Remove these rows' });
    expect(next).toBeChecked();
    expect(next).toHaveFocus();
    expect(otherQuestions).not.toBeChecked();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getAllByRole('radio', { name: "Map all to 'Open'" })[0]).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getAllByRole('radio', { name: 'Other…' })[0]).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
    await shoot(r.container, 'question-form-imports');
  });

  it('gives the mode switch and each question one tab stop', async () => {
    render(
      <KitFrame theme="light">
        <QuestionForm questions={severalQuestions} onSubmit={() => {}} />
      </KitFrame>,
    );
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('radio', { name: 'Answer the questions' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('radio', { name: "Map them all to 'Open'" })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('textbox', { name: /accounts that have no owner/ })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{Tab}{/Shift}{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Reply in your own words' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeVisible();
  });

  it('keeps one tab stop per unanswered question after a failed submit re-renders the form', async () => {
    const r = render(<QuestionForm questions={severalQuestions} onSubmit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(screen.getByRole('radio', { name: "Map them all to 'Open'" })).toHaveFocus();
    // A host re-render (a poll, a new callback) must not turn each option into a tab stop.
    r.rerender(<QuestionForm questions={severalQuestions} onSubmit={() => undefined} />);
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveFocus();
  });
});
