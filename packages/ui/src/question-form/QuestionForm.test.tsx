import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hostile } from '../fixtures/hostile.ts';
import {
  hostileQuestions,
  importsQuestions,
  severalQuestions,
  statusQuestion,
} from '../fixtures/questions.ts';
import { KitProvider } from '../provider/KitProvider.tsx';
import { expectNoAxeViolations } from '../testing/axe.ts';
import { QuestionForm } from './QuestionForm.tsx';

function deferred() {
  let resolve: (v?: unknown) => void = () => {};
  let reject: (e: unknown) => void = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('QuestionForm', () => {
  it('sends the chosen option label as { id, value }', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<QuestionForm questions={statusQuestion} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('radio', { name: "Map them all to 'Open'" }));
    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(onSubmit).toHaveBeenCalledWith([{ id: 'q1', value: "Map them all to 'Open'" }]);
    expect(await screen.findByText('Answers sent. The assistant is continuing.')).toBeInTheDocument();
    expect(screen.getByText("Map them all to 'Open'")).toBeInTheDocument();
  });

  it('reveals a text field for "Other…" and sends the typed text', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<QuestionForm questions={statusQuestion} onSubmit={onSubmit} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Other…' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Map to Pending');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(onSubmit).toHaveBeenCalledWith([{ id: 'q1', value: 'Map to Pending' }]);
  });

  it('offers only the options when allowCustom is false and only a text box for an open question', () => {
    render(<QuestionForm questions={severalQuestions} onSubmit={vi.fn()} />);
    const [first, second, third] = screen
      .getAllByRole('group')
      .filter((g) => g.dataset.slot === 'question-form-question');
    expect(within(first as HTMLElement).getByRole('radio', { name: 'Other…' })).toBeInTheDocument();
    expect(within(second as HTMLElement).queryByRole('radio', { name: 'Other…' })).toBeNull();
    expect(within(second as HTMLElement).getAllByRole('radio')).toHaveLength(2);
    expect(within(third as HTMLElement).queryByRole('radio')).toBeNull();
    expect(
      within(third as HTMLElement).getByRole('textbox', {
        name: 'What should the migration do with accounts that have no owner?',
      }),
    ).toBeInTheDocument();
  });

  it('validates every question, ties errors to fields and focuses the first invalid one', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<QuestionForm questions={severalQuestions} onSubmit={onSubmit} />);
    await user.click(screen.getAllByRole('radio', { name: 'Contact' })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const firstGroup = screen.getByRole('radiogroup', { name: /Some Status values/ });
    expect(firstGroup).toHaveAttribute('aria-invalid', 'true');
    expect(firstGroup).toHaveAccessibleDescription('Choose an answer.');
    expect(screen.getByRole('radio', { name: "Map them all to 'Open'" })).toHaveFocus();
    const open = screen.getByRole('textbox', { name: /accounts that have no owner/ });
    expect(open).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Answer the 2 highlighted questions.').length).toBeGreaterThan(0);
    await expectNoAxeViolations();

    await user.click(screen.getByRole('radio', { name: 'Drop those rows' }));
    await user.type(open, 'Assign them to the admin');
    await user.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(onSubmit).toHaveBeenCalledWith([
      { id: 'q1', value: 'Drop those rows' },
      { id: 'q2', value: 'Contact' },
      { id: 'q3', value: 'Assign them to the admin' },
    ]);
  });

  it('focuses the empty "Other…" text field when that is what is missing', async () => {
    const user = userEvent.setup();
    render(<QuestionForm questions={statusQuestion} onSubmit={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: 'Other…' }));
    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    const input = screen.getByRole('textbox', { name: 'Your answer' });
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription('Type your answer.');
  });

  it('sends once while pending and keeps everything when the server rejects', async () => {
    const d = deferred();
    const onSubmit = vi.fn(() => d.promise);
    const user = userEvent.setup();
    render(<QuestionForm questions={statusQuestion} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('radio', { name: 'Other…' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Keep me');
    const submit = screen.getByRole('button', { name: 'Send answer' });
    await user.dblClick(submit);
    await user.click(submit);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(submit).toHaveAttribute('aria-busy', 'true');
    d.reject(new Error('The run is no longer waiting for an answer.'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The run is no longer waiting for an answer.');
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Keep me');
    expect(screen.getByRole('radio', { name: 'Other…' })).toBeChecked();
    expect(submit).not.toHaveAttribute('aria-busy');
    await user.click(submit);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('sends a free-form reply as a string', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<QuestionForm questions={severalQuestions} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('radio', { name: 'Reply in your own words' }));
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    const reply = screen.getByRole('textbox', { name: 'Your reply' });
    expect(reply).toHaveFocus();
    expect(reply).toHaveAttribute('aria-invalid', 'true');
    await user.type(reply, 'Use the company domain for missing emails.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(onSubmit).toHaveBeenCalledWith('Use the company domain for missing emails.');
  });

  it('answers imports questions with option ids and shows their target', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<QuestionForm answerFormat="imports" questions={importsQuestions} onSubmit={onSubmit} />);
    expect(screen.queryByRole('radio', { name: 'Reply in your own words' })).toBeNull();
    expect(screen.getByText('12 rows affected')).toBeInTheDocument();
    expect(screen.getByText('in progress')).toBeInTheDocument();
    expect(screen.getByText('Does not match allowed values: Open, Closed, Pending')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: "Map all to 'Open'" }));
    await user.click(screen.getAllByRole('radio', { name: 'Remove these rows' })[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Send answers' }));
    expect(onSubmit).toHaveBeenCalledWith([
      { question_id: 'fq0', option_id: 'a' },
      { question_id: 'fq1', option_id: 'a' },
    ]);
  });

  it('echoes the poll read-back with the question text', () => {
    render(
      <QuestionForm
        questions={statusQuestion}
        answers={[{ id: 'q1', value: "Map them all to 'Open'" }]}
        onSubmit={vi.fn()}
      />,
    );
    const echo = screen.getByRole('region', { name: 'You answered' });
    expect(within(echo).getByText(/Some Status values/)).toBeInTheDocument();
    expect(within(echo).getByText("Map them all to 'Open'")).toBeInTheDocument();
  });

  it('renders hostile strings as text', async () => {
    const { container } = render(<QuestionForm questions={hostileQuestions} onSubmit={vi.fn()} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('radio', { name: hostile.formula })).toBeInTheDocument();
    expect(screen.getByText(hostile.script)).toBeInTheDocument();
    expect(container.querySelector('bdi')).not.toBeNull();
    await expectNoAxeViolations();
  });

  it('speaks German', () => {
    render(
      <KitProvider locale="de">
        <QuestionForm questions={severalQuestions} onSubmit={vi.fn()} />
      </KitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Antworten senden' })).toBeInTheDocument();
    expect(screen.getByText('Frage 1 von 3')).toBeInTheDocument();
  });

  it('starts over when a new block brings new questions', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<QuestionForm questions={statusQuestion} onSubmit={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: 'Drop those rows' }));
    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(await screen.findByText('Answers sent. The assistant is continuing.')).toBeInTheDocument();
    rerender(<QuestionForm questions={severalQuestions.slice(1)} onSubmit={vi.fn()} />);
    expect(await screen.findByRole('button', { name: 'Send answers' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Email' })).not.toBeChecked();
  });

  it('adds host classes to inner parts by data-slot, next to the kit classes', () => {
    render(
      <QuestionForm
        questions={statusQuestion}
        onSubmit={vi.fn()}
        className="host-form"
        classNames={{ 'question-form-option': 'host-option', 'question-form-submit': 'host-submit' }}
      />,
    );
    expect(screen.getByRole('form')).toHaveClass('vk-question-form', 'host-form');
    const option = screen
      .getByRole('radio', { name: 'Drop those rows' })
      .closest('[data-slot="question-form-option"]');
    expect(option).toHaveClass('vk-option', 'host-option');
    expect(screen.getByRole('button', { name: 'Send answer' })).toHaveClass('vk-button', 'host-submit');
  });
});
