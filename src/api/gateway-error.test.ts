import { GatewayError, isTransient } from './gateway-error';

describe('GatewayError', () => {
  it('carries the code, status, wait and field problems the UI needs', () => {
    const fields = [{ field: 'mobile', code: 'format' }];
    const error = new GatewayError('VALIDATION_FAILED', 422, null, fields);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'GatewayError', code: 'VALIDATION_FAILED', status: 422 });
    expect(error.retryAfterMs).toBeNull();
    expect(error.fields).toEqual(fields);
  });

  it('defaults to no wait and no field problems', () => {
    const error = new GatewayError('NETWORK', null);
    expect(error.retryAfterMs).toBeNull();
    expect(error.fields).toEqual([]);
  });

  it('names the code in its message, for logs without personal data', () => {
    expect(new GatewayError('TIMEOUT', null).message).toBe('gateway call failed: TIMEOUT');
  });
});

describe('isTransient', () => {
  it.each(['NETWORK', 'TIMEOUT', 'SERVER_ERROR', 'UNAVAILABLE', 'RATE_LIMITED'] as const)(
    'offers a retry for %s',
    (code) => {
      expect(isTransient(new GatewayError(code, null))).toBe(true);
    },
  );

  it.each([
    'SESSION_EXPIRED',
    'TICKET_REJECTED',
    'VALIDATION_FAILED',
    'WINDOW_CLOSED',
    'NOT_FOUND',
    'BAD_RESPONSE',
  ] as const)('offers no retry for %s, which would fail the same way again', (code) => {
    expect(isTransient(new GatewayError(code, 400))).toBe(false);
  });
});
