/** Verification under load (FAQ 9): a gateway turning polls away is asked again, not a failure. */
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { SEED_CHILDREN } from '@mock/seed/children';
import { useDrafts } from './draft-store';
import { ensureVerification } from './verification-runner';

const PARENT = 'p-all-verified';
const { gateway, signIn } = setUpSignedInParent(PARENT);
const child = SEED_CHILDREN.find((c) => c.parentId === PARENT);

describe('the verification runner under load', () => {
  it('keeps polling through 429s and 503s at start and poll, and finishes the check', async () => {
    await signIn();
    const id = useDrafts.getState().startBlank('enrollment', { child: { name: child?.name } });
    const seen: string[] = [];
    const stop = useDrafts.subscribe((state) => {
      const status = state.drafts[id]?.verification?.status;
      if (status && seen.at(-1) !== status) seen.push(status);
    });
    // Start refused twice, then every attempt of the first poll (the transport's retries too).
    gateway.state.fault = { mode: 'unavailable', retryAfterSeconds: 1, times: 2 };
    ensureVerification(id, {
      childIdNumber: child?.idNumber ?? '',
      childName: child?.name ?? '',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    });
    for (let i = 0; i < 50 && seen.at(-1) !== 'running'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(gateway.state.fault).toBeNull();
    gateway.state.fault = { mode: 'rate-limited', retryAfterSeconds: 1, times: 4 };
    for (let i = 0; i < 100 && seen.at(-1) !== 'done'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    stop();
    expect(seen).not.toContain('failed');
    expect(seen.at(-1)).toBe('done');
    expect(gateway.state.fault).toBeNull();
  }, 20_000);
});
