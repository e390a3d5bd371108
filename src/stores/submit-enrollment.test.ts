/** Submitting a draft against the mock gateway (msw/node): the key, reused keys, field reasons. */
import { submissionFor } from '@mock/enrollment-fixtures';
import Taro from '@tarojs/taro';
import { setUpSignedInParent } from '../../config/test-doubles/signed-in-parent';
import { startVerification, submitRegistration } from '@/api/enrollment-api';
import { GatewayError } from '@/api/gateway-error';
import { createDraftCipher } from '@/platform/crypto';
import { useDrafts } from './draft-store';
import { openServerReasons, useServerReasons } from './server-reasons';
import { sessionStorageKey } from './session-store';
import { submitEnrollment } from './submit-enrollment';

const PARENT = 'p-all-verified';
const { gateway, signIn } = setUpSignedInParent(PARENT);

async function verifiedJob(): Promise<string> {
  const job = await startVerification({
    childIdNumber: '370102201510180033',
    childName: '李沐阳',
    propertyCertificateNumber: null,
    residencePermitNumber: null,
  });
  gateway.clock.set(gateway.clock.now() + 2100);
  return job.id;
}

async function failureOf(promise: Promise<unknown>): Promise<GatewayError> {
  const outcome = await promise.then(
    () => new Error('expected the submit to fail'),
    (error: unknown) => error,
  );
  if (outcome instanceof GatewayError) return outcome;
  throw outcome;
}

describe('submitEnrollment', () => {
  it('writes the key to the device and the gateway draft before the submission goes out', async () => {
    await signIn();
    const body = submissionFor(PARENT, await verifiedJob());
    const id = useDrafts.getState().createDraft('enrollment', body.answers);
    const seen: { header: string | null; device: string | null; draft: unknown }[] = [];
    const cipher = await createDraftCipher(sessionStorageKey() ?? '', PARENT);
    const handle = gateway.handle.bind(gateway);
    jest.spyOn(gateway, 'handle').mockImplementation(async (request) => {
      if (request.method === 'POST' && request.path === '/registrations') {
        const sealed = String(Taro.getStorageSync(`drafts.${PARENT}`));
        const opened = sealed && cipher ? await cipher.open(sealed) : null;
        const device = opened
          ? ((JSON.parse(opened) as { drafts: Record<string, { idempotencyKey: string }> }).drafts[
              id
            ]?.idempotencyKey ?? null)
          : null;
        const payload = gateway.state.drafts[PARENT]?.[id]?.payload as { idempotencyKey?: string };
        seen.push({
          header: request.headers['idempotency-key'] ?? null,
          device,
          draft: payload?.idempotencyKey ?? null,
        });
      }
      return handle(request);
    });
    const registration = await submitEnrollment(id, body);
    expect(registration.status).toBe('submitted');
    expect(seen).toHaveLength(1);
    const [first] = seen;
    expect(first?.header).toMatch(/^sub-/);
    expect(first?.device).toBe(first?.header);
    expect(first?.draft).toBe(first?.header);
  });

  it('leads a key reused after an edit to the registration the first try made, and ends the draft', async () => {
    await signIn();
    const body = submissionFor(PARENT, await verifiedJob());
    const id = useDrafts.getState().createDraft('enrollment', body.answers);
    useDrafts
      .getState()
      .updateDraft(id, (draft) => ({ ...draft, idempotencyKey: 'sub-timed-out' }));
    // The first try was stored, but its answer never came back; then the parent edited.
    const stored = await submitRegistration(body, 'sub-timed-out');
    const edited = {
      ...body,
      answers: { ...body.answers, child: { ...body.answers.child, contactMobile: '13900001111' } },
    };
    const registration = await submitEnrollment(id, edited);
    expect(registration.id).toBe(stored.id);
    expect(registration.reference).toBe(stored.reference);
    expect(useDrafts.getState().drafts[id]).toBeUndefined();
  });

  it('keeps the gateway’s field reasons for the form, each at its answer, until that answer changes', async () => {
    await signIn();
    const body = submissionFor(PARENT, await verifiedJob());
    const answers = { ...body.answers, schoolId: 's-nowhere' };
    const id = useDrafts.getState().createDraft('enrollment', answers);
    const error = await failureOf(submitEnrollment(id, { ...body, answers }));
    expect(error.code).toBe('VALIDATION_FAILED');
    const reasons = useServerReasons.getState().byDraft[id];
    expect(reasons).toEqual([
      { field: 'schoolId', about: 'answer', code: 'not-in-catchment', sent: 's-nowhere' },
    ]);
    expect(openServerReasons(reasons, answers)).toHaveLength(1);
    expect(openServerReasons(reasons, { ...answers, schoolId: 's-lixia-1' })).toEqual([]);
    expect(useDrafts.getState().drafts[id]).toBeDefined();
  });

  it('places reasons about photos with the materials, not at an answer', async () => {
    await signIn();
    const body = submissionFor(PARENT, null);
    const id = useDrafts.getState().createDraft('enrollment', body.answers);
    await failureOf(submitEnrollment(id, body));
    const reasons = useServerReasons.getState().byDraft[id] ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => reason.about === 'materials' && reason.field === null)).toBe(
      true,
    );
  });
});
