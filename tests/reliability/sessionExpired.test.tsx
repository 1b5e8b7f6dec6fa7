import { screen } from '@testing-library/react';
import { createFlowKit, type FlowKit, sample, seedUploaded } from './support/flowKit.tsx';
import { button, heading, press, wait, withViewport } from './support/screen.ts';

/**
 * The host's proxy answers 401 once the end user's session is gone (what `@vernkit/server`
 * sends when `authorize` returns `{ allow: false, status: 401, error }`).
 */
function expiringSession(message: string) {
  const session = { expired: false };
  const kit = createFlowKit({
    scenario: 'slow',
    intercept: (_request, answer) =>
      session.expired ? Promise.resolve(Response.json({ error: message }, { status: 401 })) : answer(),
  });
  return { kit, session };
}

async function mapping(kit: FlowKit) {
  await seedUploaded(kit, sample('contacts-clean.csv'));
  kit.renderFlow();
  await wait(0);
  await press(button('Start mapping'));
  await wait(3_000);
  expect(heading()).toHaveTextContent('Mapping your data');
}

const errorBoxes = () => document.querySelectorAll('[data-slot="migration-flow-error"], [role="alert"]');

describe('401 mid-flow', { timeout: 30_000 }, () => {
  withViewport();
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('one error naming the expired session, no retry storm, the step kept', async () => {
    const { kit, session } = expiringSession('Your session has expired. Sign in again.');
    await mapping(kit);
    const before = kit.requests.length;
    const expiredAt = Date.now();
    session.expired = true;
    await wait(10 * 60_000);

    const sentSince = kit.requests.slice(before);
    // Polling stops at the first 401. The stream opened before the expiry still delivers a few
    // status events, each refreshing the run once; then nothing more is sent, ever.
    expect(sentSince.every((r) => r.status === 401)).toBe(true);
    expect(sentSince.length).toBeLessThanOrEqual(6);
    expect(sentSince.filter((r) => r.at > expiredAt + 60_000)).toEqual([]);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has expired. Sign in again.');
    expect(heading()).toHaveTextContent('Mapping your data');
  });

  // `kind: 'auth'` is the kit's own "session expired" state, whatever the host's message says,
  // with that message as technical detail and no "Try again" that could only repeat the 401
  // (the customer signs in, then continues).
  it('a terse 401 still reads as an expired session, without a pointless "Try again"', async () => {
    const { kit, session } = expiringSession('Unauthorized');
    await mapping(kit);
    session.expired = true;
    await wait(60_000);
    expect(screen.getByRole('alert').textContent).toMatch(/session|sign in/i);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('after signing in again, the same run carries on and nothing was started twice', async () => {
    const { kit, session } = expiringSession('Your session has expired. Sign in again.');
    await mapping(kit);
    session.expired = true;
    await wait(60_000);
    expect(errorBoxes().length).toBeGreaterThan(0);
    session.expired = false;
    const errorBox = document.querySelector('[data-slot="migration-flow-error"]') as HTMLElement;
    await press(errorBox.querySelector('button') as HTMLElement);
    await wait(120_000);
    expect(heading()).toHaveTextContent('Review your data');
    expect(kit.count('POST', /\/runs$/)).toBe(1);
    expect(kit.mock.inspect().migrations[0]?.runs).toHaveLength(1);
  });
});
