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
    // Held like a real key press: Radix checks the radio that receives focus while an arrow is down.
    await userEvent.keyboard('{ArrowDown>}');
    const next = screen.getAllByRole('radio', { name: 'Remove these rows' })[0];
    await vi.waitFor(() => expect(next).toBeChecked());
    await userEvent.keyboard('{/ArrowDown}');
    expect(next).toHaveFocus();
    await shoot(r.container, 'question-form-imports');
  });
});
