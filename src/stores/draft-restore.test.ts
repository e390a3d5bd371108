/** Restoring the newest draft before a start page (FAQ 7), and the round trip it can skip. */
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { restoreNewest } from './draft-restore';
import { useDrafts } from './draft-store';
import { syncNow } from './draft-sync';
import { useSession } from './session-store';

const PARENT = 'p-all-verified';
const { gateway, signIn } = setUpSignedInParent(PARENT);

function draftListRequests(): () => number {
  const fetchSpy = jest.spyOn(globalThis, 'fetch');
  return () =>
    fetchSpy.mock.calls.filter(([input]) =>
      String(input instanceof Request ? input.url : input).includes('/drafts?'),
    ).length;
}

afterEach(() => jest.restoreAllMocks());

describe('restoring the newest draft', () => {
  it('does not ask the gateway for drafts when the sign-in said there are none and the phone has none', async () => {
    await signIn();
    const asked = draftListRequests();
    await expect(restoreNewest('enrollment')).resolves.toBeNull();
    expect(asked()).toBe(0);
  });

  it('asks on the next visit, so a draft saved since on another phone is found', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('enrollment', { child: { name: '李沐阳' } });
    await syncNow();
    const saved = gateway.state.drafts[PARENT]?.[id];
    expect(saved).toBeDefined();
    // A fresh phone signs in while the gateway holds nothing; the draft arrives afterwards.
    delete gateway.state.drafts[PARENT];
    useDrafts.getState().forgetParent(PARENT);
    await useSession.getState().signOut();
    await signIn();
    const asked = draftListRequests();
    await expect(restoreNewest('enrollment')).resolves.toBeNull();
    expect(asked()).toBe(0);
    gateway.state.drafts[PARENT] = { [id]: saved! };
    await expect(restoreNewest('enrollment')).resolves.toBe(id);
    expect(asked()).toBe(1);
  });

  it('asks when the sign-in counted drafts of the subsystem on the gateway', async () => {
    await signIn();
    const id = useDrafts.getState().createDraft('transfer', { child: { name: '李沐阳' } });
    await syncNow();
    useDrafts.getState().forgetParent(PARENT);
    await useSession.getState().signOut();
    await signIn();
    const asked = draftListRequests();
    await expect(restoreNewest('transfer')).resolves.toBe(id);
    expect(asked()).toBe(1);
  });
});
