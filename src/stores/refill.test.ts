/** Filling again from a submitted registration keeps what the gateway verified (FAQ 5, 8, 12). */
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { submissionFor, uploadRef } from '@mock/enrollment-fixtures';
import { SEED_CHILDREN } from '@mock/seed/children';
import { startVerification } from '@/api/enrollment-api';
import { useDrafts } from './draft-store';
import { startRefill } from './refill';

const PARENT = 'p-all-verified';
const TODAY = '2022-07-05';
const { gateway, signIn } = setUpSignedInParent(PARENT);
const child = SEED_CHILDREN.find((c) => c.parentId === PARENT);

describe('starting again from a submitted registration', () => {
  it('reuses the finished verification: verified answers are not copied as typed ones', async () => {
    await signIn();
    const job = await startVerification({
      childIdNumber: child?.idNumber ?? '',
      childName: child?.name ?? '',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    });
    gateway.clock.set(gateway.clock.now() + 2100);
    const photo = uploadRef('u-1');
    const submission = submissionFor(PARENT, job.id, { 'household-register': [photo] });
    const id = await startRefill(submission, 'r-old', TODAY);
    const draft = useDrafts.getState().drafts[id];
    expect(draft?.verification).toMatchObject({ id: job.id, status: 'done' });
    expect(draft?.verification?.checks.some((c) => c.status === 'verified')).toBe(true);
    expect(draft?.answers.household?.headName).toBeUndefined();
    expect(draft?.answers.child?.name).toBe(child?.name);
    expect(draft?.replaces).toBe('r-old');
  });

  it('re-attaches the submitted photos under the requirements the new draft has', async () => {
    await signIn();
    const photo = uploadRef('u-1');
    const submission = submissionFor('p-all-verified', null, {
      'household-register': [photo],
      'property-certificate': [photo],
    });
    const id = await startRefill(submission, null, TODAY);
    const draft = useDrafts.getState().drafts[id];
    // No finished job to reuse: a fresh one is on its way, and until it answers every fact
    // still needs its photo, which is the one already sent.
    expect(Object.values(draft?.uploads ?? {}).flat()).toContainEqual(photo);
    expect(Object.values(draft?.materialKinds ?? {})).toContain('household-register');
  });
});
