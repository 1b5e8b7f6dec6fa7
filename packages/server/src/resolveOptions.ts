import type { ThreadInclude } from '@vernkit/core';
import { isThreadInclude } from './clampInclude.ts';
import { checkPath } from './safePath.ts';
import type { Authorize, FetchLike, VernProxyOptions } from './types.ts';

export interface ResolvedOptions {
  apiKey: string;
  baseUrl: URL;
  /** `baseUrl` without a trailing slash, for string concatenation. */
  baseHref: string;
  basePath: string;
  baseSegments: string[];
  authorize: Authorize;
  fetch: FetchLike;
  maxBodyBytes: number;
  allowThreadInclude: readonly ThreadInclude[];
  onError: VernProxyOptions['onError'];
  onCreated: VernProxyOptions['onCreated'];
  relay: { secret: string; ttlSeconds: number; maxBytes: number } | null;
}

const MiB = 1024 * 1024;

/** Misconfiguration fails at startup with a clear message, not on the first request. */
export function resolveOptions(options: VernProxyOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('createVernProxy: options are required');
  const { apiKey } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new TypeError('createVernProxy: `apiKey` is required (read it from an environment variable)');
  }
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new TypeError('createVernProxy: `apiKey` contains whitespace or non-ASCII characters');
  }
  if (typeof options.authorize !== 'function') {
    throw new TypeError(
      'createVernProxy: `authorize(request, target)` is required; return true to allow a request',
    );
  }

  const baseUrl = parseBaseUrl(options.baseUrl ?? 'https://app.vern.so/api/v1');
  const basePath = normalizeBasePath(options.basePath ?? '');
  const baseCheck = checkPath(basePath || '/');
  if (!baseCheck.ok) throw new TypeError(`createVernProxy: \`basePath\` is invalid: ${baseCheck.error}`);

  const maxBodyBytes = options.maxBodyBytes ?? MiB;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new TypeError('createVernProxy: `maxBodyBytes` must be a positive integer');
  }

  const include = options.allowThreadInclude ?? ['user'];
  if (!Array.isArray(include) || !include.every(isThreadInclude)) {
    throw new TypeError('createVernProxy: `allowThreadInclude` must list "user", "tools" and/or "all"');
  }

  const userFetch = options.fetch;
  // Late-bound so a fetch patched after startup (tests, instrumentation) is the one used.
  const fetchImpl: FetchLike = userFetch ?? ((url, init) => globalThis.fetch(url, init));

  return {
    apiKey,
    baseUrl,
    baseHref: baseUrl.href.replace(/\/+$/, ''),
    basePath,
    baseSegments: baseCheck.segments,
    authorize: options.authorize,
    fetch: fetchImpl,
    maxBodyBytes,
    allowThreadInclude: include.includes('user') ? include : ['user', ...include],
    onError: options.onError,
    onCreated: options.onCreated,
    relay: resolveRelay(options, apiKey),
  };
}

function parseBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`createVernProxy: \`baseUrl\` must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('createVernProxy: `baseUrl` must be an http(s) URL');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new TypeError('createVernProxy: `baseUrl` must not carry a query, fragment or credentials');
  }
  return url;
}

function normalizeBasePath(value: string): string {
  if (typeof value !== 'string') throw new TypeError('createVernProxy: `basePath` must be a string');
  const trimmed = value.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function resolveRelay(options: VernProxyOptions, apiKey: string): ResolvedOptions['relay'] {
  const relay = options.uploadRelay;
  if (!relay) return null;
  const config = relay === true ? {} : relay;
  const ttlSeconds = config.ttlSeconds ?? 3600;
  const maxBytes = config.maxBytes ?? 512 * MiB;
  if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new TypeError('createVernProxy: `uploadRelay.ttlSeconds` must be a positive integer');
  }
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new TypeError('createVernProxy: `uploadRelay.maxBytes` must be a positive integer');
  }
  if (config.secret !== undefined && (typeof config.secret !== 'string' || config.secret.length < 16)) {
    throw new TypeError('createVernProxy: `uploadRelay.secret` must be a string of at least 16 characters');
  }
  // Domain-separated so a relay token never doubles as anything keyed on the raw API key.
  return { secret: config.secret ?? `vernkit-upload-relay:${apiKey}`, ttlSeconds, maxBytes };
}
