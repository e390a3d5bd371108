import type { FieldProblem, SubmitEnrollment, UploadRef, Verification } from '../../types';
import { submissionFor, uploadRef, uploadedBy } from '../enrollment-fixtures';
import { seedChildOf } from '../seed/children';
import { createGateway, type MockGateway } from '../router';
import { asResponse, call, dataOf, signIn } from '../test-support';

beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2022-07-05T02:00:00Z')));
afterEach(() => jest.restoreAllMocks());

async function startJob(gateway: MockGateway, token: string, parentId: string, waitMs = 2000) {
  const child = seedChildOf(parentId);
  const body = {
    childIdNumber: child?.idNumber,
    childName: child?.name,
    propertyCertificateNumber: null,
    residencePermitNumber: null,
  };
  const job = dataOf<Verification>(await call(gateway, 'POST', '/verifications', { token, body }));
  gateway.clock.set(gateway.clock.now() + waitMs);
  return job.id;
}

let keys = 0;
async function refusal(gateway: MockGateway, token: string, body: unknown) {
  const headers = { 'idempotency-key': `r-${++keys}` };
  const reply = asResponse(await call(gateway, 'POST', '/registrations', { token, body, headers }));
  const fields: FieldProblem[] = reply.body.ok ? [] : (reply.body.error.fields ?? []);
  const code = reply.body.ok ? undefined : reply.body.error.code;
  return { status: reply.status, code, fields };
}

async function family(parentId: string, now?: string) {
  const gateway = createGateway(now ? { now } : {});
  const { token } = await signIn(gateway, parentId);
  return { gateway, token };
}

describe('POST /registrations refuses', () => {
  it.each([
    ['2022-07-01T07:59:59+08:00', 'WINDOW_NOT_OPEN'],
    ['2022-07-10T18:00:00+08:00', 'WINDOW_CLOSED'],
  ])('at %s with 409 %s', async (now, code) => {
    const { gateway, token } = await family('p-all-verified', now);
    const answer = await refusal(gateway, token, submissionFor('p-all-verified', null));
    expect(answer).toMatchObject({ status: 409, code });
  });

  it('a wrong check digit, a birth date that disagrees with the ID, and blanks', async () => {
    const { gateway, token } = await family('p-all-verified');
    const body = submissionFor('p-all-verified', null);
    body.answers.child = { ...body.answers.child, idNumber: '370102201510180034', name: ' ' };
    body.answers.household = { ...body.answers.household, address: '' };
    const answer = await refusal(gateway, token, body);
    expect(answer).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
    expect(answer.fields).toEqual([
      { field: 'child.name', code: 'required' },
      { field: 'household.address', code: 'required' },
      { field: 'child.idNumber', code: 'invalid' },
    ]);
    body.answers.child = { ...body.answers.child, name: '李沐阳', idNumber: '370102201510180033' };
    body.answers.child.birthDate = '2015-10-19';
    body.answers.household.address = '济南市历下区样例路100号';
    const mismatch = await refusal(gateway, token, body);
    expect(mismatch.fields).toEqual([{ field: 'child.birthDate', code: 'mismatch' }]);
  });

  it('a child born outside the season range (p-child-out-of-range)', async () => {
    const { gateway, token } = await family('p-child-out-of-range');
    const id = await startJob(gateway, token, 'p-child-out-of-range');
    const answer = await refusal(gateway, token, submissionFor('p-child-out-of-range', id));
    expect(answer).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
    expect(answer.fields).toEqual([{ field: 'child.birthDate', code: 'out-of-range' }]);
  });

  it('a body that is not a submission at all', async () => {
    const { gateway, token } = await family('p-all-verified');
    expect((await refusal(gateway, token, 'hello')).fields).toEqual([
      { field: 'body', code: 'invalid' },
    ]);
    const graduation = await refusal(gateway, token, { subsystem: 'graduation', materials: [] });
    expect(graduation.fields).toEqual([{ field: 'subsystem', code: 'invalid' }]);
    const answer = await refusal(gateway, token, { subsystem: 'enrollment', materials: [] });
    expect(answer.fields).toEqual([
      { field: 'answers', code: 'required' },
      { field: 'verificationId', code: 'required' },
      { field: 'disputedFields', code: 'required' },
      { field: 'materials', code: 'invalid' },
      { field: 'declaration', code: 'required' },
    ]);
  });

  it('a submission without the accepted declaration, naming the field declaration', async () => {
    const { gateway, token } = await family('p-all-verified');
    const id = await startJob(gateway, token, 'p-all-verified');
    const cases: [unknown, string][] = [
      [undefined, 'required'],
      [
        { accepted: false, textVersion: '2022.1', acceptedAt: '2022-07-05T10:00:00+08:00' },
        'not-accepted',
      ],
      [
        { accepted: true, textVersion: '2019.1', acceptedAt: '2022-07-05T10:00:00+08:00' },
        'unknown-version',
      ],
      [{ accepted: true, textVersion: '2022.1', acceptedAt: 'yesterday' }, 'invalid'],
    ];
    for (const [declaration, code] of cases) {
      const body: Record<string, unknown> = { ...submissionFor('p-all-verified', id), declaration };
      const answer = await refusal(gateway, token, body);
      expect(answer).toMatchObject({ status: 422, fields: [{ field: 'declaration', code }] });
    }
  });

  it('a second registration of the same child, by any parent, with 409', async () => {
    const gateway = createGateway();
    const first = await signIn(gateway, 'p-all-verified');
    const id = await startJob(gateway, first.token, 'p-all-verified');
    expect((await refusal(gateway, first.token, submissionFor('p-all-verified', id))).status).toBe(
      200,
    );
    const other = await signIn(gateway, 'p-transfer-family');
    const body = submissionFor(
      'p-transfer-family',
      null,
      uploadedBy(gateway.state, 'p-transfer-family', {
        'household-register': [uploadRef('u-1')],
        'property-certificate': [uploadRef('u-2')],
      }),
    );
    body.answers.child = submissionFor('p-all-verified', null).answers.child;
    const answer = await refusal(gateway, other.token, body);
    expect(answer).toMatchObject({ status: 409, code: 'DUPLICATE_REGISTRATION' });
  });

  async function strangerRegisters(gateway: MockGateway): Promise<string> {
    const stranger = await signIn(gateway, 'p-transfer-family');
    const body = submissionFor(
      'p-transfer-family',
      null,
      uploadedBy(gateway.state, 'p-transfer-family', {
        'household-register': [uploadRef('u-1')],
        'property-certificate': [uploadRef('u-2')],
      }),
    );
    // 李沐阳 is p-all-verified's child; the records link p-transfer-family to other children.
    body.answers.child = submissionFor('p-all-verified', null).answers.child;
    const headers = { 'idempotency-key': 'stranger' };
    const reply = await call(gateway, 'POST', '/registrations', {
      token: stranger.token,
      body,
      headers,
    });
    return dataOf<{ id: string }>(reply).id;
  }

  it('nothing for the real parent when the records could not link an earlier applicant', async () => {
    const gateway = createGateway();
    await strangerRegisters(gateway);
    const parent = await signIn(gateway, 'p-all-verified');
    const id = await startJob(gateway, parent.token, 'p-all-verified');
    const answer = await refusal(gateway, parent.token, submissionFor('p-all-verified', id));
    expect(answer.status).toBe(200);
  });

  it('a second registration once a reviewer accepted the unlinked one', async () => {
    const gateway = createGateway();
    const unverified = await strangerRegisters(gateway);
    const advance = `/__mock/registrations/${unverified}/advance`;
    for (const to of ['in-review', 'passed']) {
      expect(asResponse(await call(gateway, 'POST', advance, { body: { to } })).status).toBe(200);
    }
    const parent = await signIn(gateway, 'p-all-verified');
    const id = await startJob(gateway, parent.token, 'p-all-verified');
    const answer = await refusal(gateway, parent.token, submissionFor('p-all-verified', id));
    expect(answer).toMatchObject({ status: 409, code: 'DUPLICATE_REGISTRATION' });
  });

  it('the photo an unverified property needs (p-property-not-synced), until it is there', async () => {
    const { gateway, token } = await family('p-property-not-synced');
    const id = await startJob(gateway, token, 'p-property-not-synced');
    const answer = await refusal(gateway, token, submissionFor('p-property-not-synced', id));
    expect(answer.fields).toEqual([{ field: 'materials.property-certificate', code: 'required' }]);
    const withPhoto = submissionFor(
      'p-property-not-synced',
      id,
      uploadedBy(gateway.state, 'p-property-not-synced', {
        'property-certificate': [uploadRef('u-1')],
      }),
    );
    expect((await refusal(gateway, token, withPhoto)).status).toBe(200);
  });

  it('household and property photos when no verification ran', async () => {
    const { gateway, token } = await family('p-all-verified');
    const answer = await refusal(gateway, token, submissionFor('p-all-verified', null));
    expect(answer.fields).toEqual([
      { field: 'materials.household-register', code: 'required' },
      { field: 'materials.property-certificate', code: 'required' },
    ]);
  });

  it('the checks a stalled job never finished, as unverified', async () => {
    const { gateway, token } = await family('p-verification-stalls');
    const id = await startJob(gateway, token, 'p-verification-stalls');
    const answer = await refusal(gateway, token, submissionFor('p-verification-stalls', id));
    expect(answer.fields).toEqual([{ field: 'materials.property-certificate', code: 'required' }]);
  });

  it('not a backfilled value written with half-width brackets or other spacing', async () => {
    const { gateway, token } = await family('p-all-verified');
    const id = await startJob(gateway, token, 'p-all-verified');
    const body: SubmitEnrollment = submissionFor('p-all-verified', id);
    if (body.answers.residence.kind !== 'owned') throw new Error('seed changed');
    body.answers.residence.certificateNumber = ` ${body.answers.residence.certificateNumber
      .replace('（', '(')
      .replace('）', ')')} `;
    expect((await refusal(gateway, token, body)).status).toBe(200);
  });

  it('a changed backfilled value unless disputed, and a dispute without evidence', async () => {
    const { gateway, token } = await family('p-all-verified');
    const id = await startJob(gateway, token, 'p-all-verified');
    const body: SubmitEnrollment = submissionFor('p-all-verified', id);
    body.answers.household.headName = '李明';
    const changed = await refusal(gateway, token, body);
    expect(changed.fields).toEqual([
      { field: 'household.headName', code: 'differs-from-verified' },
    ]);
    body.disputedFields = ['household.headName'];
    const noEvidence = await refusal(gateway, token, body);
    expect(noEvidence.fields).toEqual([
      { field: 'materials.correction-evidence', code: 'required' },
    ]);
    body.materials = uploadedBy(gateway.state, 'p-all-verified', {
      'correction-evidence': [uploadRef('u-9')],
    });
    expect((await refusal(gateway, token, body)).status).toBe(200);
  });

  it("another parent's verification, or one about another child", async () => {
    const gateway = createGateway();
    const other = await signIn(gateway, 'p-transfer-family');
    const foreign = await startJob(gateway, other.token, 'p-transfer-family');
    const { token } = await signIn(gateway, 'p-all-verified');
    const answer = await refusal(gateway, token, submissionFor('p-all-verified', foreign));
    expect(answer.fields).toEqual([{ field: 'verificationId', code: 'unknown' }]);
    const body = { ...submissionFor('p-all-verified', null) };
    const mine = dataOf<Verification>(
      await call(gateway, 'POST', '/verifications', {
        token,
        body: {
          childIdNumber: '370103201603090041',
          childName: '王若溪',
          propertyCertificateNumber: null,
          residencePermitNumber: null,
        },
      }),
    );
    const other2 = await refusal(gateway, token, { ...body, verificationId: mine.id });
    expect(other2.fields).toEqual([{ field: 'verificationId', code: 'other-child' }]);
  });

  it('a school outside the catchment, and a material kind the gateway does not know', async () => {
    const { gateway, token } = await family('p-all-verified');
    const id = await startJob(gateway, token, 'p-all-verified');
    const body = submissionFor('p-all-verified', id, { selfie: [uploadRef('u-1')] } as never);
    body.answers.schoolId = 's-licheng-1';
    const shape = await refusal(gateway, token, body);
    expect(shape.fields).toEqual([{ field: 'materials.selfie', code: 'unknown-kind' }]);
    body.materials = {};
    expect((await refusal(gateway, token, body)).fields).toEqual([
      { field: 'schoolId', code: 'not-in-catchment' },
    ]);
  });

  it('a migrant family without its migrant answers or its photos', async () => {
    const { gateway, token } = await family('p-migrant-worker');
    const body = submissionFor('p-migrant-worker', null);
    const answer = await refusal(gateway, token, {
      ...body,
      answers: { ...body.answers, migrant: null },
    });
    expect(answer.fields).toEqual([{ field: 'migrant', code: 'required' }]);
    expect((await refusal(gateway, token, body)).fields).toEqual([
      { field: 'materials.household-register', code: 'required' },
      { field: 'materials.rental-contract', code: 'required' },
      { field: 'materials.residence-permit', code: 'required' },
    ]);
  });

  it('photos never uploaded or uploaded by another parent, and keeps the stored details', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway, 'p-property-not-synced');
    const id = await startJob(gateway, token, 'p-property-not-synced');
    uploadedBy(gateway.state, 'p-all-verified', {
      'property-certificate': [uploadRef('u-foreign')],
    });
    const cite = (upload: UploadRef) =>
      submissionFor('p-property-not-synced', id, { 'property-certificate': [upload] });
    for (const unknown of ['u-never', 'u-foreign']) {
      const answer = await refusal(gateway, token, cite(uploadRef(unknown)));
      expect(answer.fields).toEqual([
        { field: 'materials.property-certificate', code: 'unknown-upload' },
      ]);
    }
    uploadedBy(gateway.state, 'p-property-not-synced', {
      'property-certificate': [uploadRef('u-mine')],
    });
    const claimed = { ...uploadRef('u-mine'), bytes: 1, sha256: 'f'.repeat(64) };
    const headers = { 'idempotency-key': 'stored-details' };
    const reply = asResponse(
      await call(gateway, 'POST', '/registrations', { token, body: cite(claimed), headers }),
    );
    expect(reply.status).toBe(200);
    const detail = gateway.state.enrollment.registrations.at(-1)?.submission;
    expect(detail?.materials['property-certificate']).toEqual([uploadRef('u-mine')]);
  });
});
