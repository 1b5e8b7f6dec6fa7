export const REDACTED = '[redacted]';

/** Keys shorter than this are not scanned for: redacting a 3-letter string would mangle data. */
export const MIN_REDACTABLE_LENGTH = 8;

export function redactText(text: string, secret: string): string {
  return secret.length >= MIN_REDACTABLE_LENGTH ? text.split(secret).join(REDACTED) : text;
}

/**
 * Replaces `secret` in a byte stream, even across chunk boundaries, without delaying data:
 * only a chunk's tail that could be the start of the secret is held back, so an SSE frame
 * ending in `\n\n` is passed on at once.
 */
export function createRedactingStream(secret: string): TransformStream<Uint8Array, Uint8Array> {
  const needle = new TextEncoder().encode(secret);
  const replacement = new TextEncoder().encode(REDACTED);
  if (needle.length < MIN_REDACTABLE_LENGTH) return new TransformStream();
  let carry = new Uint8Array(0);
  return new TransformStream({
    transform(chunk, controller) {
      const buffer = carry.length ? concat([carry, chunk]) : chunk;
      const out: Uint8Array[] = [];
      let start = 0;
      let i = 0;
      const last = buffer.length - needle.length;
      while (i <= last) {
        if (buffer[i] === needle[0] && matchesAt(buffer, i, needle)) {
          out.push(buffer.subarray(start, i), replacement);
          i += needle.length;
          start = i;
        } else i++;
      }
      const held = partialPrefixAtEnd(buffer, start, needle);
      out.push(buffer.subarray(start, buffer.length - held));
      carry = buffer.slice(buffer.length - held);
      const merged = concat(out);
      if (merged.length) controller.enqueue(merged);
    },
    flush(controller) {
      if (carry.length) controller.enqueue(carry);
    },
  });
}

function matchesAt(buffer: Uint8Array, at: number, needle: Uint8Array): boolean {
  for (let j = 1; j < needle.length; j++) if (buffer[at + j] !== needle[j]) return false;
  return true;
}

/** Length of the longest suffix of `buffer[from..]` that is a proper prefix of `needle`. */
function partialPrefixAtEnd(buffer: Uint8Array, from: number, needle: Uint8Array): number {
  const available = buffer.length - from;
  for (let k = Math.min(needle.length - 1, available); k > 0; k--) {
    let ok = true;
    const offset = buffer.length - k;
    for (let j = 0; j < k; j++) {
      if (buffer[offset + j] !== needle[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return k;
  }
  return 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
