import { CredentialRequestSchema } from '@vernkit/core';
import { salesforceRequest } from '../fixtures/credentials.ts';
import { credentialFields, humanizeKey, readCredentials } from './credentialFields.ts';

describe('credentialFields', () => {
  it('derives a field per schema entry with its kind, label and requiredness', () => {
    expect(credentialFields(salesforceRequest)).toEqual([
      { key: 'client_id', label: 'Consumer key', description: undefined, kind: 'text', required: true },
      {
        key: 'client_secret',
        label: 'Consumer secret',
        description: undefined,
        kind: 'secret',
        required: true,
      },
      {
        key: 'instance_url',
        label: 'Instance url',
        description: 'For example https://acme.my.salesforce.com',
        kind: 'text',
        required: false,
      },
      { key: 'api_version', label: 'Api version', description: undefined, kind: 'number', required: false },
      {
        key: 'sandbox',
        label: 'This is a sandbox org',
        description: undefined,
        kind: 'boolean',
        required: false,
      },
    ]);
  });

  it('humanizes keys', () => {
    expect(humanizeKey('client_secret')).toBe('Client secret');
    expect(humanizeKey('apiKey')).toBe('Api key');
    expect(humanizeKey('___')).toBe('___');
  });

  it('reads typed values, leaves out empty optional fields and reports problems', () => {
    const fields = credentialFields(salesforceRequest);
    const form: Record<string, string | null> = {
      client_id: '  abc ',
      client_secret: ' s3cret with spaces ',
      instance_url: '',
      api_version: '59,0',
      sandbox: 'on',
    };
    const { values, errors } = readCredentials(fields, (k) => form[k] ?? null);
    expect(errors.size).toBe(0);
    expect(values).toEqual({
      client_id: 'abc',
      client_secret: ' s3cret with spaces ',
      api_version: 59,
      sandbox: true,
    });

    const bad = readCredentials(
      fields,
      (k) => ({ client_id: '', api_version: 'x' })[k as 'client_id'] ?? null,
    );
    expect(Object.fromEntries(bad.errors)).toEqual({
      client_id: 'required',
      client_secret: 'required',
      api_version: 'number',
    });
  });

  it('keeps a field named __proto__ as a field', () => {
    const request = CredentialRequestSchema.parse({ schema: { token: { type: 'string' } } });
    const fields = [{ ...credentialFields(request)[0], key: '__proto__' }] as ReturnType<
      typeof credentialFields
    >;
    const { values } = readCredentials(fields, () => 'x');
    expect(Object.keys(values)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });
});
