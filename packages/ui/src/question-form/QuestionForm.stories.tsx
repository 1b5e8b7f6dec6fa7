import { expect, fn } from 'storybook/test';
import preview from '#.storybook/preview';
import {
  hostileQuestions,
  importsQuestions,
  severalQuestions,
  statusQuestion,
} from '../fixtures/questions.ts';
import { withKit } from '../stories/KitFrame.tsx';
import { QuestionForm } from './QuestionForm.tsx';

const meta = preview.meta({
  component: QuestionForm,
  title: 'Components/QuestionForm',
  decorators: [withKit()],
  args: { questions: statusQuestion, onSubmit: fn() },
});

export const SingleQuestion = meta.story({});

export const SeveralQuestions = meta.story({ args: { questions: severalQuestions } });

export const ImportsQuestions = meta.story({
  args: { questions: importsQuestions, answerFormat: 'imports', onSubmit: fn() },
});

export const FreeformOnly = meta.story({ args: { questions: [] } });

export const ValidationErrors = meta.story({
  args: { questions: severalQuestions },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send answers' }));
    await expect(canvas.getByRole('radio', { name: "Map them all to 'Open'" })).toHaveFocus();
  },
});

export const Pending = meta.story({
  args: { onSubmit: fn(() => new Promise(() => {})) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Drop those rows' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send answer' }));
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-busy', 'true');
  },
});

export const SubmitFailed = meta.story({
  args: { onSubmit: fn(() => Promise.reject(new Error('The run is no longer waiting for an answer.'))) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Other…' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Your answer' }), 'Map to Pending');
    await userEvent.click(canvas.getByRole('button', { name: 'Send answer' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('no longer waiting');
    await expect(canvas.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Map to Pending');
  },
});

export const AnsweredEcho = meta.story({
  args: { answers: [{ id: 'q1', value: "Map them all to 'Open'" }] },
});

export const Submitted = meta.story({
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Drop those rows' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send answer' }));
    await expect(await canvas.findByText('Answers sent. The assistant is continuing.')).toBeVisible();
  },
});

export const HostileData = meta.story({ args: { questions: hostileQuestions } });

export const German = meta.story({
  args: { questions: severalQuestions },
  decorators: [withKit({ locale: 'de' })],
});

export const Dark = meta.story({
  args: { questions: importsQuestions, answerFormat: 'imports', onSubmit: fn() },
  decorators: [withKit({ theme: 'dark' })],
});
