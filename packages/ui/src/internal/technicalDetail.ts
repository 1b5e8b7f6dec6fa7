import type { VernApiError } from '@vernkit/core';
import { revealBidi } from './Untrusted.tsx';

const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
const PATH_LIKE = /(?:\/[\w.~%@:-]+){2,}\/?/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
// API keys, tokens, signatures: long unbroken runs of letters, digits and `_-`.
const TOKEN_LIKE = /\b(?=[\w-]*\d)[\w-]{24,}\b/g;
const METHOD = /\(?\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b\)?/g;

/**
 * An error's message for the host's support, safe to show a customer: URLs, paths, ids,
 * key-like tokens and request methods removed (they identify the tenant and the infrastructure,
 * and mean nothing to the reader), bidi controls made visible.
 */
export function technicalDetail(error: Pick<VernApiError, 'kind' | 'status' | 'message'>): string {
  const message = revealBidi(error.message)
    .replace(URL_LIKE, '…')
    .replace(PATH_LIKE, '…')
    .replace(UUID, '…')
    .replace(TOKEN_LIKE, '…')
    .replace(METHOD, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([:.,])/g, '$1')
    .trim()
    .slice(0, 500);
  const status = error.status > 0 ? ` ${error.status}` : '';
  return `${error.kind}${status}${message ? `: ${message}` : ''}`;
}
