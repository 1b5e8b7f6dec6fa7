import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { CredentialForm } from '../credential-form/CredentialForm.tsx';
import { FileDropzone } from '../file-dropzone/FileDropzone.tsx';
import { salesforceRequest } from '../fixtures/credentials.ts';
import { hostile } from '../fixtures/hostile.ts';
import { needsAttentionRun, patchOf, questionsOf } from '../fixtures/needsAttention.ts';
import { hostileQuestions, severalQuestions } from '../fixtures/questions.ts';
import { threadBefore } from '../fixtures/thread.ts';
import { FlaggedRowsReview } from '../flagged-rows-review/FlaggedRowsReview.tsx';
import { ApplyFixButton } from '../proposed-patch/ApplyFixButton.tsx';
import { ProposedPatch } from '../proposed-patch/ProposedPatch.tsx';
import { KitProvider } from '../provider/KitProvider.tsx';
import { QuestionForm } from '../question-form/QuestionForm.tsx';
import { RefineBox } from '../refine-box/RefineBox.tsx';

/** Rendering on a server touches no browser global and escapes every untrusted string. */
describe('server rendering (Node, no DOM)', () => {
  it('has no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  const noop = () => {};
  const cases = {
    QuestionForm: h(QuestionForm, { questions: severalQuestions, onSubmit: noop }),
    CredentialForm: h(CredentialForm, { request: salesforceRequest, onSubmit: noop }),
    RefineBox: h(RefineBox, { events: threadBefore, onRefine: noop }),
    ProposedPatch: h(ProposedPatch, { patch: patchOf, questions: questionsOf }),
    ApplyFixButton: h(ApplyFixButton, { patch: patchOf, questions: questionsOf, onApply: noop }),
    FlaggedRowsReview: h(FlaggedRowsReview, {
      needsAttention: needsAttentionRun.needs_attention,
      report: needsAttentionRun.report,
      onDecide: noop,
    }),
    FileDropzone: h(FileDropzone, { onUpload: noop }),
  };

  for (const [name, element] of Object.entries(cases)) {
    it(`renders ${name} inside the provider`, () => {
      const html = renderToString(
        h(KitProvider, { appearance: { theme: 'dark', variables: { colorPrimary: '#0a7' } } }, element),
      );
      expect(html).toContain('data-vk-theme="dark"');
      expect(html).toContain('--vk-color-primary:#0a7');
    });
  }

  it('escapes hostile strings', () => {
    const html = renderToString(h(QuestionForm, { questions: hostileQuestions, onSubmit: noop }));
    expect(html).not.toContain(hostile.html);
    expect(html).toContain('&lt;img src=x onerror=');
  });
});
