/**
 * A host callback fails by rejecting, or by resolving to `{ ok: false, error }`, the shape
 * `@vernkit/react`'s flow actions return (they never reject). Both count as failure here,
 * so `onSubmit={flow.answer}` works as is.
 */
export async function settle(result: unknown): Promise<void> {
  const value = await result;
  if (
    typeof value === 'object' &&
    value !== null &&
    'ok' in value &&
    (value as { ok: unknown }).ok === false
  ) {
    throw (value as { error?: unknown }).error ?? new Error('The action failed');
  }
}
