import type {
  Appointment,
  AppointmentOptions,
  RegistrationDetail,
  RegistrationSummary,
  Verification,
} from '../../types';
import { submissionFor } from '../enrollment-fixtures';
import { SECOND_MIGRANT_CHILD, seedRegistration } from '../registration-fixtures';
import { createGateway, type MockGateway } from '../router';
import { seedChildOf } from '../seed/children';
import { call, dataOf, errorCodeOf, signIn } from '../test-support';

beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2022-07-05T02:00:00Z')));
afterEach(() => jest.restoreAllMocks());

async function family(parentId: string) {
  const gateway = createGateway();
  const { token } = await signIn(gateway, parentId);
  return { gateway, token, registration: seedRegistration(gateway, parentId) };
}

/** Moves the clock and signs in again (sessions last 30 minutes). */
async function later(gateway: MockGateway, parentId: string, iso: string) {
  gateway.clock.set(iso);
  return (await signIn(gateway, parentId)).token;
}

function advance(gateway: MockGateway, id: string, body: unknown) {
  return call(gateway, 'POST', `/__mock/registrations/${id}/advance`, { body });
}

async function list(gateway: MockGateway, token: string) {
  return dataOf<RegistrationSummary[]>(await call(gateway, 'GET', '/registrations', { token }));
}

describe('review progression (POST /__mock/registrations/:id/advance)', () => {
  it('records every step up to a pass, with dates, in the history', async () => {
    const { gateway, registration } = await family('p-all-verified');
    const token = await later(gateway, 'p-all-verified', '2022-07-06T09:00:00+08:00');
    dataOf(await advance(gateway, registration.id, { to: 'passed' }));
    const [listed] = await list(gateway, token);
    expect(listed?.status).toBe('passed');
    expect(listed?.history.map((h) => h.status)).toEqual([
      'submitted',
      'system-check',
      'in-review',
      'passed',
    ]);
    expect(listed?.history[3]?.at).toBe('2022-07-06T09:00:00.000+08:00');
  });

  it('returns for correction with the reason and a deadline, and needs a reason', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    expect(errorCodeOf(await advance(gateway, registration.id, { to: 'returned' }))).toBe(
      'VALIDATION_FAILED',
    );
    const deadline = '2022-07-08T18:00:00+08:00';
    await advance(gateway, registration.id, {
      to: 'returned',
      reason: '房产证照片不清晰',
      deadline,
    });
    const [listed] = await list(gateway, token);
    expect(listed?.correction).toEqual({ reason: '房产证照片不清晰', deadline, section: null });
  });

  it('names the section to change when the reviewer gives one', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    await advance(gateway, registration.id, {
      to: 'returned',
      reason: '房屋地址与产权证不一致',
      section: 'residence',
    });
    const [listed] = await list(gateway, token);
    expect(listed?.correction).toMatchObject({ section: 'residence' });
  });

  it('keeps a result final and keeps the note of a registration that did not pass', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    await advance(gateway, registration.id, { to: 'not-passed', reason: '不符合登记条件' });
    expect(errorCodeOf(await advance(gateway, registration.id, { to: 'passed' }))).toBe(
      'VALIDATION_FAILED',
    );
    expect((await list(gateway, token))[0]?.resultNote).toBe('不符合登记条件');
  });
});

describe('GET and DELETE /registrations/:id (FAQ 8)', () => {
  it('answers the submitted content to its parent only', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    const detail = dataOf<RegistrationDetail>(
      await call(gateway, 'GET', `/registrations/${registration.id}`, { token }),
    );
    expect(detail.submission.answers.child.name).toBe('李沐阳');
    const other = await signIn(gateway, 'p-migrant-worker');
    const reply = await call(gateway, 'GET', `/registrations/${registration.id}`, {
      token: other.token,
    });
    expect(errorCodeOf(reply)).toBe('NOT_FOUND');
  });

  it('deletes while the window is open, so the child can be registered again', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    const path = `/registrations/${registration.id}`;
    expect(dataOf(await call(gateway, 'DELETE', path, { token }))).toEqual({
      deleted: true,
      id: registration.id,
    });
    expect(await list(gateway, token)).toEqual([]);
  });

  it('refuses to delete after the window closed: view only', async () => {
    const { gateway, registration } = await family('p-all-verified');
    const token = await later(gateway, 'p-all-verified', '2022-07-10T18:00:00+08:00');
    const path = `/registrations/${registration.id}`;
    expect(errorCodeOf(await call(gateway, 'DELETE', path, { token }))).toBe('WINDOW_CLOSED');
    expect(await list(gateway, token)).toHaveLength(1);
  });
});

describe('resubmission of a returned registration (replaces)', () => {
  async function verifiedBody(gateway: MockGateway, token: string) {
    const child = seedChildOf('p-all-verified');
    const job = dataOf<Verification>(
      await call(gateway, 'POST', '/verifications', {
        token,
        body: {
          childIdNumber: child?.idNumber,
          childName: child?.name,
          propertyCertificateNumber: null,
          residencePermitNumber: null,
        },
      }),
    );
    gateway.clock.set(gateway.clock.now() + 2000);
    return submissionFor('p-all-verified', job.id);
  }

  function resubmit(gateway: MockGateway, token: string, body: unknown, key: string) {
    return call(gateway, 'POST', '/registrations', {
      token,
      body,
      headers: { 'idempotency-key': key },
    });
  }

  it('replaces a returned registration within its deadline', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    await advance(gateway, registration.id, { to: 'returned', reason: '请补充照片' });
    const body = { ...(await verifiedBody(gateway, token)), replaces: registration.id };
    const fresh = dataOf<RegistrationSummary>(await resubmit(gateway, token, body, 'k-1'));
    expect(fresh.replaces).toBe(registration.id);
    const listed = await list(gateway, token);
    expect(listed.map((r) => r.id)).toEqual([fresh.id]);
    expect(listed[0]?.status).toBe('submitted');
  });

  it('refuses after the deadline, for a registration not returned, or without replaces', async () => {
    const { gateway, token, registration } = await family('p-all-verified');
    const body = { ...(await verifiedBody(gateway, token)), replaces: registration.id };
    expect(errorCodeOf(await resubmit(gateway, token, body, 'k-1'))).toBe('CORRECTION_CLOSED');
    await advance(gateway, registration.id, {
      to: 'returned',
      reason: '请补充照片',
      deadline: '2022-07-05T12:00:00+08:00',
    });
    const plain: Partial<typeof body> = { ...body };
    delete plain.replaces;
    expect(errorCodeOf(await resubmit(gateway, token, plain, 'k-2'))).toBe(
      'DUPLICATE_REGISTRATION',
    );
    const again = await later(gateway, 'p-all-verified', '2022-07-05T12:00:00+08:00');
    expect(errorCodeOf(await resubmit(gateway, again, body, 'k-3'))).toBe('CORRECTION_CLOSED');
  });
});

describe('on-site appointments (FAQ 10)', () => {
  const SLOT = 'pt-lixia-2022-07-06-am';
  const OTHER = 'pt-tianqiao-2022-07-07-pm';

  function book(gateway: MockGateway, token: string, id: string, slotId: string) {
    return call(gateway, 'PUT', `/registrations/${id}/appointment`, { token, body: { slotId } });
  }

  async function remaining(gateway: MockGateway, token: string, id: string, slotId: string) {
    const options = dataOf<AppointmentOptions>(
      await call(gateway, 'GET', `/registrations/${id}/appointment-slots`, { token }),
    );
    return options.slots.find((slot) => slot.id === slotId)?.remaining;
  }

  it('books, reschedules and cancels, counting places as it goes', async () => {
    const { gateway, token, registration } = await family('p-migrant-worker');
    const id = registration.id;
    expect(await remaining(gateway, token, id, SLOT)).toBe(3);
    const booked = dataOf<Appointment>(await book(gateway, token, id, SLOT));
    expect(booked).toMatchObject({ slotId: SLOT, pointName: '历下区登记点', date: '2022-07-06' });
    expect(await remaining(gateway, token, id, SLOT)).toBe(2);
    dataOf(await book(gateway, token, id, OTHER));
    expect(await remaining(gateway, token, id, SLOT)).toBe(3);
    expect(await remaining(gateway, token, id, OTHER)).toBe(2);
    expect((await list(gateway, token))[0]?.appointment?.slotId).toBe(OTHER);
    dataOf(await call(gateway, 'DELETE', `/registrations/${id}/appointment`, { token }));
    expect(await remaining(gateway, token, id, OTHER)).toBe(3);
    expect((await list(gateway, token))[0]?.appointment).toBeNull();
  });

  it('gives the last place to exactly one of two racing parents', async () => {
    const { gateway, token, registration } = await family('p-migrant-worker');
    const second = seedRegistration(gateway, 'p-migrant-worker', SECOND_MIGRANT_CHILD);
    dataOf(
      await call(gateway, 'POST', `/__mock/appointment-slots/${SLOT}`, { body: { capacity: 1 } }),
    );
    const replies = await Promise.all([
      book(gateway, token, registration.id, SLOT),
      book(gateway, token, second.id, SLOT),
    ]);
    const codes = replies.map(errorCodeOf).sort();
    expect(codes).toEqual(['SLOT_FULL', undefined].sort());
    expect(await remaining(gateway, token, registration.id, SLOT)).toBe(0);
  });

  it('refuses booking for a family that needs none, and after the window closed', async () => {
    const verified = await family('p-all-verified');
    const reply = await book(verified.gateway, verified.token, verified.registration.id, SLOT);
    expect(errorCodeOf(reply)).toBe('VALIDATION_FAILED');
    const { gateway, registration } = await family('p-migrant-worker');
    const token = await later(gateway, 'p-migrant-worker', '2022-07-10T18:00:00+08:00');
    expect(errorCodeOf(await book(gateway, token, registration.id, SLOT))).toBe('WINDOW_CLOSED');
  });

  it('survives a snapshot and restore with appointments and capacities', async () => {
    const { gateway, token, registration } = await family('p-migrant-worker');
    await call(gateway, 'POST', `/__mock/appointment-slots/${SLOT}`, { body: { capacity: 2 } });
    dataOf(await book(gateway, token, registration.id, SLOT));
    const copy = createGateway({ state: undefined });
    copy.state.restore(gateway.state.snapshot());
    expect(copy.state.enrollment.slotCapacity[SLOT]).toBe(2);
    expect(copy.state.enrollment.registrations[0]?.appointment?.slotId).toBe(SLOT);
  });
});
