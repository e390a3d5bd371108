import type { CheckStatus, Verification, VerificationSource } from '../../types';
import { SEED_ADDRESSES } from '../seed/department-records';
import { seedChildOf } from '../seed/children';
import { createGateway, type MockGateway } from '../router';
import { asResponse, call, dataOf, errorCodeOf, signIn } from '../test-support';

// The mock clock runs on real time; freezing real time makes every step exact.
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2022-07-05T02:00:00Z')));
afterEach(() => jest.restoreAllMocks());

function requestFor(parentId: string, permit: string | null = null) {
  const child = seedChildOf(parentId);
  if (!child) throw new Error(parentId);
  const base = { childIdNumber: child.idNumber, childName: child.name };
  return { ...base, propertyCertificateNumber: null, residencePermitNumber: permit };
}

async function started(parentId: string, permit: string | null = null) {
  const gateway = createGateway();
  const { token } = await signIn(gateway, parentId);
  const body = requestFor(parentId, permit);
  const job = dataOf<Verification>(await call(gateway, 'POST', '/verifications', { token, body }));
  return { gateway, token, job };
}

async function after(gateway: MockGateway, token: string, id: string, ms: number) {
  gateway.clock.set(gateway.clock.now() + ms);
  return dataOf<Verification>(await call(gateway, 'GET', `/verifications/${id}`, { token }));
}

function statuses(job: Verification): Partial<Record<VerificationSource, CheckStatus>> {
  return Object.fromEntries(job.checks.map((check) => [check.source, check.status]));
}

function valuesOf(job: Verification, source: VerificationSource) {
  return job.checks.find((check) => check.source === source)?.values;
}

describe('POST /verifications', () => {
  it('answers a running job with every check pending and a poll interval', async () => {
    const { job } = await started('p-all-verified');
    expect(job).toMatchObject({ status: 'running', progress: 0, pollAfterMs: 800 });
    expect(job.id).toMatch(/^v-/);
    expect(statuses(job)).toEqual({
      household: 'pending',
      property: 'pending',
      'birth-certificate': 'pending',
    });
  });

  it('also checks the migrant sources when a residence permit number is given', async () => {
    const { job } = await started('p-migrant-worker', '3701052021000005');
    expect(job.checks.map((check) => check.source)).toEqual([
      'household',
      'property',
      'birth-certificate',
      'residence-permit',
      'social-insurance',
      'business-licence',
    ]);
  });

  it('answers 422 VALIDATION_FAILED naming each bad field', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    const body = { childIdNumber: '', childName: 3, propertyCertificateNumber: 7 };
    const reply = asResponse(await call(gateway, 'POST', '/verifications', { token, body }));
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        fields: [
          { field: 'childIdNumber', code: 'required' },
          { field: 'childName', code: 'invalid' },
          { field: 'propertyCertificateNumber', code: 'invalid' },
          { field: 'residencePermitNumber', code: 'required' },
        ],
      },
    });
  });

  it.each([
    ['2022-06-30T12:00:00+08:00', 'WINDOW_NOT_OPEN'],
    ['2022-07-20T18:00:00+08:00', 'WINDOW_CLOSED'],
  ])('answers 409 at %s, when no window is open', async (now, code) => {
    const gateway = createGateway({ now });
    const { token } = await signIn(gateway);
    const body = requestFor('p-all-verified');
    const reply = asResponse(await call(gateway, 'POST', '/verifications', { token, body }));
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ ok: false, error: { code } });
  });

  it('still starts a job after enrollment closed while transfer is open', async () => {
    const gateway = createGateway({ now: '2022-07-15T10:00:00+08:00' });
    const { token } = await signIn(gateway);
    const body = requestFor('p-all-verified');
    expect(errorCodeOf(await call(gateway, 'POST', '/verifications', { token, body }))).toBe(
      undefined,
    );
  });

  it('requires a session', async () => {
    const body = requestFor('p-all-verified');
    const reply = await call(createGateway(), 'POST', '/verifications', { body });
    expect(errorCodeOf(reply)).toBe('SESSION_EXPIRED');
  });
});

describe('a verification job on the mock clock', () => {
  it('resolves its checks one by one and is done after two seconds', async () => {
    const { gateway, token, job } = await started('p-all-verified');
    const early = await after(gateway, token, job.id, 700);
    expect(early).toMatchObject({ status: 'running', progress: 0.35, pollAfterMs: 800 });
    expect(statuses(early)).toEqual({
      household: 'verified',
      property: 'pending',
      'birth-certificate': 'pending',
    });
    const almost = await after(gateway, token, job.id, 1299);
    expect(almost.status).toBe('running');
    const done = await after(gateway, token, job.id, 1);
    expect(done).toMatchObject({ status: 'done', progress: 1, pollAfterMs: 0 });
    expect(statuses(done)).toEqual({
      household: 'verified',
      property: 'verified',
      'birth-certificate': 'verified',
    });
  });

  it('backfills the household, property and birth certificate of p-all-verified', async () => {
    const { gateway, token, job } = await started('p-all-verified');
    const done = await after(gateway, token, job.id, 2000);
    expect(valuesOf(done, 'household')).toEqual({
      'household.head': 'father',
      'household.headName': '李明轩',
      'household.address': SEED_ADDRESSES.lixia,
      'household.inDowntown': 'true',
      'child.ethnicity': '01',
      'guardian.applicantRole': 'father',
    });
    expect(valuesOf(done, 'property')).toMatchObject({
      'residence.kind': 'owned',
      'residence.certificateType': 'real-estate-certificate',
      'residence.owner': 'father',
      'residence.ownerName': '李明轩',
      'residence.address': SEED_ADDRESSES.lixia,
      'residence.sharePercent': '100',
    });
    expect(valuesOf(done, 'birth-certificate')).toEqual({
      'child.name': '李沐阳',
      'child.birthDate': '2015-10-18',
    });
    expect(done.checks.every((check) => check.recordDate !== null)).toBe(true);
  });

  it.each([
    ['p-property-not-synced', null, { property: 'not-found', household: 'verified' }],
    ['p-father-owns-mother-household', null, { household: 'verified', property: 'verified' }],
    ['p-grandmother-property', null, { household: 'verified', property: 'verified' }],
    ['p-child-out-of-range', null, { household: 'verified', 'birth-certificate': 'verified' }],
    ['p-transfer-family', null, { household: 'verified', property: 'verified' }],
    [
      'p-migrant-worker',
      '3701052021000005',
      {
        household: 'not-found',
        property: 'not-found',
        'residence-permit': 'verified',
        'social-insurance': 'verified',
        'business-licence': 'not-found',
      },
    ],
  ])('finishes %s with its seeded results', async (parentId, permit, expected) => {
    const { gateway, token, job } = await started(parentId, permit);
    const done = await after(gateway, token, job.id, 2000);
    expect(done.status).toBe('done');
    expect(statuses(done)).toMatchObject(expected);
  });

  it('tells whose household and whose property for the split families', async () => {
    const mother = await started('p-father-owns-mother-household');
    const m = await after(mother.gateway, mother.token, mother.job.id, 2000);
    expect(valuesOf(m, 'household')?.['household.head']).toBe('mother');
    expect(valuesOf(m, 'property')?.['residence.owner']).toBe('father');
    const grand = await started('p-grandmother-property');
    const g = await after(grand.gateway, grand.token, grand.job.id, 2000);
    expect(valuesOf(g, 'property')?.['residence.owner']).toBe('paternal-grandmother');
    expect(valuesOf(g, 'household')?.['household.address']).not.toBe(
      valuesOf(g, 'property')?.['residence.address'],
    );
  });

  it('reports the out-of-range birth date as the birth certificate records it', async () => {
    const { gateway, token, job } = await started('p-child-out-of-range');
    const done = await after(gateway, token, job.id, 2000);
    expect(valuesOf(done, 'birth-certificate')?.['child.birthDate']).toBe('2016-10-12');
  });

  it('finds nothing for a child the departments do not know, or another family’s child', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    for (const childIdNumber of ['11010520160101001X', '370103201603090041']) {
      const body = { ...requestFor('p-all-verified'), childIdNumber };
      const job = dataOf<Verification>(
        await call(gateway, 'POST', '/verifications', { token, body }),
      );
      const done = await after(gateway, token, job.id, 2000);
      expect(done.status).toBe('done');
      expect(new Set(done.checks.map((check) => check.status))).toEqual(new Set(['not-found']));
    }
  });
});

describe('a verification that stalls (FAQ 9)', () => {
  it('stops at 40 % and stays stalled however long the parent waits', async () => {
    const { gateway, token, job } = await started('p-verification-stalls');
    const running = await after(gateway, token, job.id, 700);
    expect(running.status).toBe('running');
    const stalled = await after(gateway, token, job.id, 100);
    expect(stalled).toMatchObject({ status: 'stalled', progress: 0.4, pollAfterMs: 3000 });
    expect(statuses(stalled)).toEqual({
      household: 'verified',
      property: 'pending',
      'birth-certificate': 'pending',
    });
    const later = await after(gateway, token, job.id, 10 * 60 * 1000);
    expect(later).toMatchObject({ status: 'stalled', progress: 0.4 });
  });

  it('completes the job the parent starts again, and leaves the first one stalled', async () => {
    const { gateway, token, job } = await started('p-verification-stalls');
    await after(gateway, token, job.id, 2000);
    const body = requestFor('p-verification-stalls');
    const retry = dataOf<Verification>(
      await call(gateway, 'POST', '/verifications', { token, body }),
    );
    expect(retry.id).not.toBe(job.id);
    const done = await after(gateway, token, retry.id, 2000);
    expect(done.status).toBe('done');
    expect(new Set(done.checks.map((check) => check.status))).toEqual(new Set(['verified']));
    expect((await after(gateway, token, job.id, 0)).status).toBe('stalled');
  });

  it('stalls again after the gateway is reset', async () => {
    const { gateway, token, job } = await started('p-verification-stalls');
    await call(gateway, 'POST', '/__mock/reset');
    expect(errorCodeOf(await call(gateway, 'GET', `/verifications/${job.id}`, { token }))).toBe(
      'SESSION_EXPIRED',
    );
    const again = await signIn(gateway, 'p-verification-stalls');
    const body = requestFor('p-verification-stalls');
    const fresh = dataOf<Verification>(
      await call(gateway, 'POST', '/verifications', { token: again.token, body }),
    );
    expect((await after(gateway, again.token, fresh.id, 2000)).status).toBe('stalled');
  });
});

describe('GET /verifications/:id', () => {
  it("answers 404 NOT_FOUND for another parent's job and for an unknown id", async () => {
    const { gateway, job } = await started('p-all-verified');
    const other = await signIn(gateway, 'p-migrant-worker');
    for (const id of [job.id, 'v-nope', '__proto__', 'constructor']) {
      const reply = asResponse(
        await call(gateway, 'GET', `/verifications/${id}`, { token: other.token }),
      );
      expect(reply.status).toBe(404);
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('is hit by a fault whose pathPrefix is /verifications, and other paths are not', async () => {
    const { gateway, token, job } = await started('p-all-verified');
    gateway.state.fault = { mode: 'unavailable', pathPrefix: '/verifications', times: 2 };
    expect(errorCodeOf(await call(gateway, 'GET', '/materials', { token }))).toBeUndefined();
    const body = requestFor('p-all-verified');
    expect(errorCodeOf(await call(gateway, 'POST', '/verifications', { token, body }))).toBe(
      'UNAVAILABLE',
    );
    const poll = asResponse(await call(gateway, 'GET', `/verifications/${job.id}`, { token }));
    expect(poll.status).toBe(503);
    expect(poll.headers['retry-after']).toBe('10');
    expect(gateway.state.fault).toBeNull();
    expect(errorCodeOf(await call(gateway, 'GET', `/verifications/${job.id}`, { token }))).toBe(
      undefined,
    );
  });
});
