import type { Registration, RegistrationDetail, SubmitEnrollment, Verification } from '../../types';
import { submissionFor, uploadRef, uploadedBy } from '../enrollment-fixtures';
import { seedChildOf } from '../seed/children';
import { createGateway, type MockGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2022-07-05T02:00:00Z')));
afterEach(() => jest.restoreAllMocks());

async function verified(gateway: MockGateway, token: string, parentId: string, permit?: string) {
  const child = seedChildOf(parentId);
  const body = {
    childIdNumber: child?.idNumber,
    childName: child?.name,
    propertyCertificateNumber: null,
    residencePermitNumber: permit ?? null,
  };
  const job = dataOf<Verification>(await call(gateway, 'POST', '/verifications', { token, body }));
  gateway.clock.set(gateway.clock.now() + 2000);
  return job.id;
}

let keys = 0;
function submit(gateway: MockGateway, token: string, body: unknown, key = `k-${++keys}`) {
  return call(gateway, 'POST', '/registrations', {
    token,
    body,
    headers: { 'idempotency-key': key },
  });
}

async function family(parentId: string, options: { now?: string } = {}) {
  const gateway = createGateway(options);
  const { token } = await signIn(gateway, parentId);
  return { gateway, token };
}

function fieldsOf(reply: Awaited<ReturnType<typeof submit>>) {
  const { body } = asResponse(reply);
  return body.ok ? [] : body.error.fields;
}

describe('POST /registrations', () => {
  it('registers a fully verified family without any photo', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', await verified(gateway, token, 'p-all-verified'));
    const reply = asResponse<Registration>(await submit(gateway, token, body));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      ok: true,
      data: {
        reference: 'JN2022-E-000001',
        subsystem: 'enrollment',
        status: 'submitted',
        submittedAt: '2022-07-05T10:00:02.000+08:00',
        category: 'household-property-match',
        childName: '李沐阳',
        childIdNumber: '370102201510180033',
        schoolId: 's-lixia-1',
        needsOnSiteAppointment: false,
      },
    });
  });

  it("keeps the parent's declaration with the registration, and only the contract's fields", async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', await verified(gateway, token, 'p-all-verified'));
    const extra = { ...body, trackingPixel: 'x', answers: { ...body.answers, note: 'x' } };
    const { id } = dataOf<Registration>(await submit(gateway, token, extra));
    const detail = dataOf<RegistrationDetail>(
      await call(gateway, 'GET', `/registrations/${id}`, { token }),
    );
    expect(detail.submission.declaration).toEqual(body.declaration);
    expect(detail.submission).not.toHaveProperty('trackingPixel');
    expect(detail.submission.answers).not.toHaveProperty('note');
  });

  it('derives the migrant-worker category and asks for an on-site appointment', async () => {
    const { gateway, token } = await family('p-migrant-worker');
    const id = await verified(gateway, token, 'p-migrant-worker', '3701052021000005');
    const materials = uploadedBy(gateway.state, 'p-migrant-worker', {
      'household-register': [uploadRef('u-1'), uploadRef('u-2')],
      'rental-contract': [uploadRef('u-3')],
    });
    const data = dataOf<Registration>(
      await submit(gateway, token, submissionFor('p-migrant-worker', id, materials)),
    );
    expect(data).toMatchObject({ category: 'migrant-worker', needsOnSiteAppointment: true });
  });

  it('numbers references in submission order and derives household-property-differ', async () => {
    const gateway = createGateway();
    const refs: string[] = [];
    for (const parentId of ['p-all-verified', 'p-grandmother-property']) {
      const { token } = await signIn(gateway, parentId);
      const body = submissionFor(parentId, await verified(gateway, token, parentId));
      refs.push(dataOf<Registration>(await submit(gateway, token, body)).reference);
      if (parentId === 'p-grandmother-property') {
        const mine = dataOf<Registration[]>(
          await call(gateway, 'GET', '/registrations', { token }),
        );
        expect(mine.map((r) => r.category)).toEqual(['household-property-differ']);
      }
    }
    expect(refs).toEqual(['JN2022-E-000001', 'JN2022-E-000002']);
  });
});

describe('an Idempotency-Key', () => {
  it('is required', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', null);
    const reply = await call(gateway, 'POST', '/registrations', { token, body });
    expect(asResponse(reply).status).toBe(422);
    expect(fieldsOf(reply)).toEqual([{ field: 'Idempotency-Key', code: 'required' }]);
  });

  it('replays the first registration, even after the window closed', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', await verified(gateway, token, 'p-all-verified'));
    const first = dataOf<Registration>(await submit(gateway, token, body, 'same-key'));
    gateway.state.windows.enrollment.closesAt = '2022-07-05T10:00:01+08:00';
    const again = asResponse<Registration>(await submit(gateway, token, body, 'same-key'));
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toMatchObject({ ok: true, data: first });
    const mine = dataOf<Registration[]>(await call(gateway, 'GET', '/registrations', { token }));
    expect(mine).toEqual([first]);
  });

  it('replays a body whose keys come in another order (canonical fingerprint)', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', await verified(gateway, token, 'p-all-verified'));
    const first = dataOf<Registration>(await submit(gateway, token, body, 'same-key'));
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as typeof body;
    const again = asResponse<Registration>(await submit(gateway, token, reordered, 'same-key'));
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toMatchObject({ ok: true, data: first });
  });

  it('refuses the same key with a different body', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', await verified(gateway, token, 'p-all-verified'));
    await submit(gateway, token, body, 'same-key');
    const changed = { ...body, disputedFields: ['household.address'] };
    const reply = await submit(gateway, token, changed, 'same-key');
    expect(fieldsOf(reply)).toEqual([{ field: 'Idempotency-Key', code: 'reused' }]);
  });

  it("is the parent's own: another parent's request with the same key is a new one", async () => {
    const gateway = createGateway();
    const a = await signIn(gateway, 'p-all-verified');
    const b = await signIn(gateway, 'p-transfer-family');
    const bodyA = submissionFor(
      'p-all-verified',
      await verified(gateway, a.token, 'p-all-verified'),
    );
    const bodyB = submissionFor(
      'p-transfer-family',
      await verified(gateway, b.token, 'p-transfer-family'),
    );
    const first = dataOf<Registration>(await submit(gateway, a.token, bodyA, 'shared'));
    const second = dataOf<Registration>(await submit(gateway, b.token, bodyB, 'shared'));
    expect(second.id).not.toBe(first.id);
    expect(second.childName).toBe('马思远');
  });
});

describe('GET /registrations', () => {
  it("lists only the signed-in parent's registrations", async () => {
    const gateway = createGateway();
    const a = await signIn(gateway, 'p-all-verified');
    const b = await signIn(gateway, 'p-transfer-family');
    const body = submissionFor(
      'p-all-verified',
      await verified(gateway, a.token, 'p-all-verified'),
    );
    await submit(gateway, a.token, body);
    const mine = (token: string) => call(gateway, 'GET', '/registrations', { token });
    expect(dataOf<Registration[]>(await mine(a.token))).toHaveLength(1);
    expect(dataOf<Registration[]>(await mine(b.token))).toEqual([]);
    expect(errorCodeOf(await call(gateway, 'GET', '/registrations'))).toBe('SESSION_EXPIRED');
  });
});

describe('the gateway state with registrations', () => {
  it('survives snapshot and restore: list, replay and the next reference number', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body: SubmitEnrollment = submissionFor(
      'p-all-verified',
      await verified(gateway, token, 'p-all-verified'),
    );
    const first = dataOf<Registration>(await submit(gateway, token, body, 'kept'));
    const snapshot = JSON.parse(JSON.stringify(gateway.state.snapshot())) as unknown;
    const restored = createGateway({ clock: gateway.clock });
    restored.state.restore(snapshot);
    const list = dataOf<Registration[]>(await call(restored, 'GET', '/registrations', { token }));
    expect(list).toEqual([first]);
    expect(dataOf<Registration>(await submit(restored, token, body, 'kept'))).toEqual(first);
    const other = await signIn(restored, 'p-transfer-family');
    const next = submissionFor(
      'p-transfer-family',
      await verified(restored, other.token, 'p-transfer-family'),
    );
    const second = dataOf<Registration>(await submit(restored, other.token, next));
    expect(second.reference).toBe('JN2022-E-000002');
  });

  it('forgets registrations on reset', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', await verified(gateway, token, 'p-all-verified'));
    await submit(gateway, token, body);
    gateway.state.reset();
    expect(gateway.state.enrollment.registrations).toEqual([]);
    expect(gateway.state.snapshot().enrollment.nextReference).toBe(1);
  });
});
