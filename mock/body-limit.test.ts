import { MAX_JSON_BODY_BYTES } from '../types';
import { createGateway } from './router';
import { asResponse, call, signIn } from './test-support';

describe('request bodies', () => {
  it('over the JSON body limit are refused with 413 before any handler reads them', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    const address = '样'.repeat(Math.ceil(MAX_JSON_BODY_BYTES / 3));
    const body = { subsystem: 'enrollment', address, grade: null };
    const reply = asResponse(await call(gateway, 'POST', '/schools/search', { token, body }));
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ field: 'body', code: 'too-large' }] },
    });
  });

  it('under the limit reach the handler, which refuses an address over its text limit', async () => {
    const gateway = createGateway();
    const { token } = await signIn(gateway);
    const body = { subsystem: 'enrollment', address: '样'.repeat(121), grade: null };
    const reply = asResponse(await call(gateway, 'POST', '/schools/search', { token, body }));
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      error: { fields: [{ field: 'address', code: 'too-long' }] },
    });
  });
});
