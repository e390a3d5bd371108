import type { Registration, School, SubmitTransfer, Verification } from '../../types';
import { createGateway, type MockGateway } from '../router';
import { SEED_CHILDREN, seedStatusNumber } from '../seed/children';
import { asResponse, call, dataOf, signIn } from '../test-support';
import { transferFor } from '../transfer-fixtures';

// The gateway's transfer rules (issue 5; FAQ 1, 13): window, one open application per student,
// grade rules, schools per grade with remaining places.
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2022-07-05T02:00:00Z')));
afterEach(() => jest.restoreAllMocks());

async function family(parentId: string, now?: string) {
  const gateway = createGateway(now ? { now } : {});
  const { token } = await signIn(gateway, parentId);
  return { gateway, token };
}

async function verify(gateway: MockGateway, token: string, parentId: string, name: string) {
  const child = SEED_CHILDREN.find((c) => c.parentId === parentId && c.name === name)!;
  const body = {
    childIdNumber: child.idNumber,
    childName: child.name,
    propertyCertificateNumber: null,
    residencePermitNumber: null,
    studentStatusNumber: seedStatusNumber(child),
  };
  const job = dataOf<Verification>(await call(gateway, 'POST', '/verifications', { token, body }));
  gateway.clock.set(gateway.clock.now() + 2000);
  return dataOf<Verification>(await call(gateway, 'GET', `/verifications/${job.id}`, { token }));
}

// The registration a successful submit answered (null for a refusal).
function registrationOf(reply: Awaited<ReturnType<typeof submit>>): Registration | null {
  return reply.body.ok ? (reply.body.data as Registration) : null;
}

let keys = 0;
async function submit(gateway: MockGateway, token: string, body: SubmitTransfer) {
  const headers = { 'idempotency-key': `t-${++keys}` };
  return asResponse(await call(gateway, 'POST', '/registrations', { token, body, headers }));
}

describe('POST /registrations for a transfer', () => {
  it('registers two siblings to different grades from one account (FAQ 13)', async () => {
    const { gateway, token } = await family('p-transfer-family');
    const first = await verify(gateway, token, 'p-transfer-family', '马思远');
    expect(first.checks.find((c) => c.source === 'student-status')?.status).toBe('verified');
    const a = await submit(
      gateway,
      token,
      transferFor('p-transfer-family', '马思远', '2', first.id),
    );
    const second = await verify(gateway, token, 'p-transfer-family', '马思琪');
    const b = await submit(
      gateway,
      token,
      transferFor('p-transfer-family', '马思琪', '6', second.id),
    );
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(registrationOf(a)?.reference).toMatch(/^JN2022-T-\d{6}$/);
    expect(registrationOf(b)?.subsystem).toBe('transfer');
  });

  it('refuses a second open application for the same student', async () => {
    const { gateway, token } = await family('p-transfer-family');
    const job = await verify(gateway, token, 'p-transfer-family', '马思远');
    await submit(gateway, token, transferFor('p-transfer-family', '马思远', '2', job.id));
    const again = await submit(
      gateway,
      token,
      transferFor('p-transfer-family', '马思远', '3', job.id),
    );
    expect(again.status).toBe(409);
    expect(again.body.ok ? null : again.body.error.code).toBe('DUPLICATE_REGISTRATION');
  });

  it.each([
    ['p-transfer-family', '马思琪', '4', 'below-current-grade'],
    ['p-transfer-graduate', '郑博文', '8', 'graduate-to-grade-7'],
  ] as const)('refuses %s %s to grade %s: %s', async (parentId, name, grade, code) => {
    const { gateway, token } = await family(parentId);
    const job = await verify(gateway, token, parentId, name);
    const reply = await submit(gateway, token, transferFor(parentId, name, grade, job.id));
    expect(reply.status).toBe(422);
    expect(reply.body.ok ? [] : reply.body.error.fields).toEqual([
      { field: 'transfer.targetGrade', code },
    ]);
  });

  it("refuses a status number whose check character fails, or that is another student's", async () => {
    const { gateway, token } = await family('p-transfer-family');
    const job = await verify(gateway, token, 'p-transfer-family', '马思远');
    const body = transferFor('p-transfer-family', '马思远', '2', job.id);
    const own = body.answers.student.statusNumber;
    const last = own.slice(-1) === '0' ? '1' : '0';
    const sibling = SEED_CHILDREN.find((c) => c.name === '马思琪');
    const cases = [
      [`${own.slice(0, -1)}${last}`, 'invalid'],
      [`G${sibling?.idNumber ?? ''}`, 'other-student'],
    ] as const;
    for (const [statusNumber, code] of cases) {
      body.answers.student = { ...body.answers.student, statusNumber };
      const reply = await submit(gateway, token, body);
      expect(reply.status).toBe(422);
      expect(reply.body.ok ? [] : reply.body.error.fields).toEqual([
        { field: 'student.statusNumber', code },
      ]);
    }
  });

  it('accepts a primary graduate to grade 7 at a junior high school', async () => {
    const { gateway, token } = await family('p-transfer-graduate');
    const job = await verify(gateway, token, 'p-transfer-graduate', '郑博文');
    const body = transferFor('p-transfer-graduate', '郑博文', '7', job.id, 'other');
    body.materials = { 'transfer-supporting-document': [] };
    const reply = await submit(gateway, token, body);
    expect(reply.status).toBe(200);
    expect(registrationOf(reply)?.schoolId).toBe('j-huaiyin-1');
  });

  it('keeps its own window: open after enrollment closed, closed after 2022-07-20 18:00', async () => {
    const late = await family('p-transfer-family', '2022-07-15T10:00:00+08:00');
    const job = await verify(late.gateway, late.token, 'p-transfer-family', '马思远');
    const ok = await submit(
      late.gateway,
      late.token,
      transferFor('p-transfer-family', '马思远', '2', job.id),
    );
    expect(ok.status).toBe(200);
    const closed = await family('p-transfer-family', '2022-07-20T18:00:00+08:00');
    const refused = await submit(
      closed.gateway,
      closed.token,
      transferFor('p-transfer-family', '马思远', '2', null),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.ok ? null : refused.body.error.code).toBe('WINDOW_CLOSED');
  });
});

describe('POST /schools/search for a transfer', () => {
  const query = (grade: string) => ({
    subsystem: 'transfer',
    address: '济南市历下区样例路1号',
    grade,
  });

  it('lists junior high schools for grades 7-9 and primary schools for 2-6, with places', async () => {
    const { gateway, token } = await family('p-transfer-family');
    const junior = dataOf<School[]>(
      await call(gateway, 'POST', '/schools/search', { token, body: query('7') }),
    );
    const primary = dataOf<School[]>(
      await call(gateway, 'POST', '/schools/search', { token, body: query('5') }),
    );
    expect(junior.map((s) => s.id)).toEqual(['j-lixia-1']);
    expect(primary.map((s) => s.id)).toEqual(['s-lixia-1', 's-lixia-2']);
    expect(junior[0]?.remainingPlaces).toBe(5);
  });

  it('counts submitted transfers against the remaining places', async () => {
    const { gateway, token } = await family('p-transfer-family');
    const job = await verify(gateway, token, 'p-transfer-family', '马思远');
    await submit(gateway, token, transferFor('p-transfer-family', '马思远', '2', job.id));
    const primary = dataOf<School[]>(
      await call(gateway, 'POST', '/schools/search', { token, body: query('2') }),
    );
    expect(primary.find((s) => s.id === 's-lixia-1')?.remainingPlaces).toBe(5);
  });

  it('refuses a transfer to a school with no places left', async () => {
    const { gateway, token } = await family('p-transfer-family');
    const job = await verify(gateway, token, 'p-transfer-family', '马思远');
    const body = transferFor('p-transfer-family', '马思远', '2', job.id);
    body.answers.schoolId = 's-lixia-2';
    const reply = await submit(gateway, token, body);
    expect(reply.status).toBe(422);
    expect(reply.body.ok ? [] : reply.body.error.fields).toEqual([
      { field: 'schoolId', code: 'no-places' },
    ]);
  });

  it('refuses grade 1 (no transfer into first grade)', async () => {
    const { gateway, token } = await family('p-transfer-family');
    expect(
      asResponse(await call(gateway, 'POST', '/schools/search', { token, body: query('1') }))
        .status,
    ).toBe(422);
  });
});
