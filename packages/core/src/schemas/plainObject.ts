// Kept free of zod: a bundle that needs only these helpers (`readAnswers`, say) must not
// pull a schema module, whose top-level zod calls bundlers cannot drop.

/** Read a field under either of two spellings the API's two generations use. */
export function renameKeys(value: unknown, renames: Record<string, string>): unknown {
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const [from, to] of Object.entries(renames)) {
    if (value[to] === undefined && value[from] !== undefined) {
      out ??= { ...value };
      out[to] = value[from];
    }
  }
  return out ?? value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
