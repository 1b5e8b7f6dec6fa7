import { expect, fn } from 'storybook/test';
import preview from '#.storybook/preview';
import { hostileRequest, minimalRequest, salesforceRequest } from '../fixtures/credentials.ts';
import { withKit } from '../stories/KitFrame.tsx';
import { CredentialForm } from './CredentialForm.tsx';

const meta = preview.meta({
  component: CredentialForm,
  title: 'Components/CredentialForm',
  decorators: [withKit()],
  args: { request: salesforceRequest, onSubmit: fn() },
});

export const Salesforce = meta.story({});

export const SingleSecret = meta.story({ args: { request: minimalRequest } });

export const NoFields = meta.story({ args: { request: { ...minimalRequest, schema: {} } } });

export const ValidationErrors = meta.story({
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Connect' }));
    await expect(canvas.getByLabelText(/^Consumer key/, { selector: 'input' })).toHaveFocus();
  },
});

export const Pending = meta.story({
  args: { request: minimalRequest, onSubmit: fn(() => new Promise(() => {})) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText(/^Api key/, { selector: 'input' }), 'pat-123');
    await userEvent.click(canvas.getByRole('button', { name: 'Connect' }));
    await expect(canvas.getByRole('button', { name: 'Connecting…' })).toHaveAttribute('aria-busy', 'true');
  },
});

export const Rejected = meta.story({
  args: {
    request: minimalRequest,
    onSubmit: fn(() => Promise.reject(new Error('The connector rejected the key.'))),
  },
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByLabelText(/^Api key/, { selector: 'input' });
    await userEvent.type(input, 'pat-123');
    await userEvent.click(canvas.getByRole('button', { name: 'Connect' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('rejected the key');
    await expect(input).toHaveValue('pat-123');
  },
});

export const HostileData = meta.story({ args: { request: hostileRequest } });

export const German = meta.story({ decorators: [withKit({ locale: 'de' })] });

export const Dark = meta.story({ decorators: [withKit({ theme: 'dark' })] });
