/**
 * Integration: the enrollment API functions, transport and the `Taro.request` double (over fetch)
 * against the mock gateway served by msw/node.
 * Test files may import the mock; the app's code never does.
 */
import { submissionFor, uploadRef, uploadedBy } from '@mock/enrollment-fixtures';
import { setupMockGatewayServer } from '@mock/node';
import {
  fetchMaterialsCatalogue,
  fetchRegistrations,
  fetchSchools,
  fetchVerification,
  startVerification,
  submitRegistration,
} from './enrollment-api';
import { configureGateway } from './gateway-client';
import { GatewayError } from './gateway-error';
import { exchangeTicket } from './session-api';

const BASE_URL = 'http://gateway.test/gateway';
const { server, gateway } = setupMockGatewayServer(BASE_URL);

let token: string | null = null;
let nonce = 0;
const delays: number[] = [];

async function signInAs(parentId: string): Promise<void> {
  nonce += 1;
  token = (await exchangeTicket('dev', `dev:${parentId}:api-${nonce}`)).token;
}

async function failureOf(promise: Promise<unknown>): Promise<GatewayError> {
  const outcome = await promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (outcome instanceof GatewayError) return outcome;
  throw outcome;
}

function advance(ms: number): void {
  gateway.clock.set(gateway.clock.now() + ms);
}

async function verifiedJob(childIdNumber: string, childName: string): Promise<string> {
  const request = {
    childIdNumber,
    childName,
    propertyCertificateNumber: null,
    residencePermitNumber: null,
  };
  const job = await startVerification(request);
  advance(2100);
  return job.id;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  configureGateway({
    baseUrl: BASE_URL,
    session: { getToken: () => token, renew: () => Promise.resolve(false) },
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
  });
  delays.length = 0;
  await signInAs('p-all-verified');
});
afterEach(() => {
  gateway.state.reset();
  gateway.clock.reset();
  token = null;
});
afterAll(() => server.close());

describe('the catalogue calls', () => {
  it('load the materials catalogue', async () => {
    const list = await fetchMaterialsCatalogue();
    expect(list).toHaveLength(19);
    expect(list[0]).toEqual({
      kind: 'household-register',
      name: '户口簿（户主页及孩子页）',
      description: expect.any(String),
      minPhotos: 2,
      maxPhotos: 6,
    });
  });

  it('send the address in the body, never in the URL, and answer its catchment schools', async () => {
    const urls: string[] = [];
    const record = ({ request }: { request: Request }) => void urls.push(request.url);
    server.events.on('request:start', record);
    const schools = await fetchSchools('enrollment', '济南市历下区样例路100号 3#楼&2单元');
    server.events.removeListener('request:start', record);
    expect(urls).toEqual([`${BASE_URL}/schools/search`]);
    expect(schools.map((school) => school.id)).toEqual(['s-lixia-1', 's-lixia-2']);
    expect(schools.every((school) => school.remainingPlaces === null)).toBe(true);
    await expect(fetchSchools('transfer', '济南市章丘区样例路1号')).resolves.toEqual([]);
  });
});

describe('the verification calls', () => {
  it('start a job and poll it to done by the mock clock', async () => {
    const request = {
      childIdNumber: '370102201510180033',
      childName: '李沐阳',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    };
    const job = await startVerification(request);
    expect(job).toMatchObject({ status: 'running', progress: 0, pollAfterMs: 800 });
    advance(2100);
    const done = await fetchVerification(job.id);
    expect(done.status).toBe('done');
    expect(done.checks.find((check) => check.source === 'household')?.values).toMatchObject({
      'household.head': 'father',
      'household.headName': '李明轩',
    });
  });

  it('see a stalled job, and a new one that completes', async () => {
    await signInAs('p-verification-stalls');
    const request = {
      childIdNumber: '370105201607150016',
      childName: '吴嘉树',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    };
    const first = await startVerification(request);
    advance(5000);
    await expect(fetchVerification(first.id)).resolves.toMatchObject({
      status: 'stalled',
      progress: 0.4,
    });
    const second = await startVerification(request);
    advance(2100);
    await expect(fetchVerification(second.id)).resolves.toMatchObject({
      status: 'done',
      progress: 1,
    });
  });

  it("answer NOT_FOUND for another parent's job, without retrying", async () => {
    const id = await verifiedJob('370102201510180033', '李沐阳');
    await signInAs('p-migrant-worker');
    const error = await failureOf(fetchVerification(id));
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(delays).toEqual([]);
  });

  it('never repeat a job start that failed on the way', async () => {
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/verifications', times: 1 };
    const request = {
      childIdNumber: 'x',
      childName: 'y',
      propertyCertificateNumber: null,
      residencePermitNumber: null,
    };
    const error = await failureOf(startVerification(request));
    expect(error.code).toBe('SERVER_ERROR');
    expect(delays).toEqual([]);
    expect(gateway.state.fault).toBeNull();
  });
});

describe('the registration calls', () => {
  it('submit once, however often the same key is sent, and list the registration', async () => {
    const body = submissionFor('p-all-verified', await verifiedJob('370102201510180033', '李沐阳'));
    const first = await submitRegistration(body, 'key-1');
    expect(first).toMatchObject({ reference: 'JN2022-E-000001', status: 'submitted' });
    await expect(submitRegistration(body, 'key-1')).resolves.toEqual(first);
    await expect(fetchRegistrations()).resolves.toEqual([first]);
  });

  it('retry through a server error with the same key and make one registration', async () => {
    const body = submissionFor('p-all-verified', await verifiedJob('370102201510180033', '李沐阳'));
    gateway.state.fault = { mode: 'server-error', pathPrefix: '/registrations', times: 1 };
    const registration = await submitRegistration(body, 'key-2');
    expect(delays).toHaveLength(1);
    expect(await fetchRegistrations()).toEqual([registration]);
  });

  it('surface a refusal with its code and fields', async () => {
    const body = submissionFor(
      'p-all-verified',
      null,
      uploadedBy(gateway.state, 'p-all-verified', { 'household-register': [uploadRef('u-1')] }),
    );
    const error = await failureOf(submitRegistration(body, 'key-3'));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 422 });
    expect(error.fields).toEqual([{ field: 'materials.property-certificate', code: 'required' }]);
    gateway.clock.set('2022-07-10T18:00:00+08:00');
    await signInAs('p-all-verified');
    const closed = await failureOf(submitRegistration(body, 'key-4'));
    expect(closed).toMatchObject({ code: 'WINDOW_CLOSED', status: 409 });
  });

  it('surface a second registration of the same child as DUPLICATE_REGISTRATION', async () => {
    const body = submissionFor('p-all-verified', await verifiedJob('370102201510180033', '李沐阳'));
    await submitRegistration(body, 'key-5');
    const error = await failureOf(submitRegistration(body, 'key-6'));
    expect(error).toMatchObject({ code: 'DUPLICATE_REGISTRATION', status: 409 });
  });
});
