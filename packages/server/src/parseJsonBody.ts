export type JsonBodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

const MAX_DEPTH = 64;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Every documented Vern request body is a JSON object. The proxy forwards its own
 * re-serialization, never the browser's bytes: with duplicate keys the value `authorize`
 * saw is the value Vern gets.
 */
export function parseJsonBody(bytes: Uint8Array): JsonBodyResult {
  if (bytes.byteLength === 0) return { ok: false, error: 'Request body is required (a JSON object)' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, error: 'Request body is not valid UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Request body is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'Request body must be a JSON object' };
  }
  if (depthOf(value) > MAX_DEPTH) return { ok: false, error: 'Request body is nested too deeply' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** Iterative, so a hostile body cannot overflow the stack here (or later in `JSON.stringify`). */
function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (depth > max) max = depth;
    if (max > MAX_DEPTH) return max;
    if (typeof value === 'object' && value !== null) {
      for (const child of Object.values(value)) {
        if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
      }
    }
  }
  return max;
}
