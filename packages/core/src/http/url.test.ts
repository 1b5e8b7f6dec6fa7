import { VernApiError } from '../errors/VernApiError.ts';
import { encodeSegment, normalizeBaseUrl, queryString, redactUrl, resolvePollUrl } from './url.ts';

describe('encodeSegment', () => {
  it('keeps a name with spaces or slashes as one segment', () => {
    expect(encodeSegment('CRM / Legacy v2', 'source')).toBe('CRM%20%2F%20Legacy%20v2');
    expect(encodeSegment('a?b#c', 'source')).toBe('a%3Fb%23c');
  });

  it('encodes dot segments so URL normalisation cannot walk up the path', () => {
    expect(encodeSegment('..', 'source')).toBe('%2E%2E');
    expect(encodeSegment('.', 'source')).toBe('%2E');
  });

  it('rejects an empty id with a bad_request naming it', () => {
    expect(() => encodeSegment('', 'migrationId')).toThrow(VernApiError);
    expect(() => encodeSegment('', 'migrationId')).toThrow('migrationId must be a non-empty string');
  });
});

describe('queryString', () => {
  it('drops undefined and null values and encodes the rest', () => {
    expect(queryString({ after: 0, include: undefined, cursor: null, q: 'a b&c' })).toBe(
      '?after=0&q=a+b%26c',
    );
    expect(queryString({})).toBe('');
  });
});

describe('normalizeBaseUrl', () => {
  it('trims trailing slashes and refuses an empty base', () => {
    expect(normalizeBaseUrl('https://app.vern.so/api/v1/')).toBe('https://app.vern.so/api/v1');
    expect(() => normalizeBaseUrl('')).toThrow(TypeError);
  });
});

describe('resolvePollUrl', () => {
  const vern = 'https://app.vern.so/api/v1';

  it('uses an absolute poll_url under the base as given', () => {
    const url = `${vern}/migrations/m1/runs/r1`;
    expect(resolvePollUrl(vern, url)).toBe(url);
  });

  it('resolves a path-only poll_url against the API origin', () => {
    expect(resolvePollUrl(vern, '/api/v1/companies/c1/imports/r1')).toBe(`${vern}/companies/c1/imports/r1`);
  });

  it('re-bases Vern URLs onto a proxy base so the request goes through the proxy', () => {
    expect(resolvePollUrl('/api/vern', 'https://app.vern.so/api/v1/migrations/m1/runs/r1')).toBe(
      '/api/vern/migrations/m1/runs/r1',
    );
    expect(resolvePollUrl('/api/vern', '/api/v1/companies/c1/imports/r1')).toBe(
      '/api/vern/companies/c1/imports/r1',
    );
    expect(resolvePollUrl('https://host.example/api/vern', `${vern}/migrations/m1/runs/r1?x=1`)).toBe(
      'https://host.example/api/vern/migrations/m1/runs/r1?x=1',
    );
  });

  it('keeps a poll_url the proxy already rewrote', () => {
    expect(resolvePollUrl('/api/vern', '/api/vern/migrations/m1/runs/r1')).toBe(
      '/api/vern/migrations/m1/runs/r1',
    );
  });

  it('refuses a foreign origin rather than send credentials there', () => {
    expect(() => resolvePollUrl(vern, 'https://evil.example/steal')).toThrow(/outside the API/);
  });
});

describe('redactUrl', () => {
  it('drops the query, where signed URLs keep their tokens', () => {
    expect(redactUrl('https://storage.vern.so/object/upload/sign/x.csv?token=secret')).toBe(
      'https://storage.vern.so/object/upload/sign/x.csv',
    );
  });
});
