import { readEnvelope } from './envelope';

const SERVER_TIME = '2022-07-05T10:00:00.000+08:00';

describe('readEnvelope', () => {
  it('reads a success envelope with its data and server time', () => {
    expect(readEnvelope({ ok: true, data: { season: 2022 }, serverTime: SERVER_TIME })).toEqual({
      ok: true,
      data: { season: 2022 },
      serverTime: SERVER_TIME,
    });
  });

  it('keeps a success envelope whose data is absent, leaving the check to the caller', () => {
    expect(readEnvelope({ ok: true, serverTime: SERVER_TIME })).toEqual({
      ok: true,
      data: undefined,
      serverTime: SERVER_TIME,
    });
  });

  it('reads a failure envelope with its code and field problems', () => {
    const body = {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        detail: 'developer detail',
        fields: [{ field: 'child.idNumber', code: 'checksum' }],
      },
      serverTime: SERVER_TIME,
    };
    expect(readEnvelope(body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ field: 'child.idNumber', code: 'checksum' }] },
      serverTime: SERVER_TIME,
    });
  });

  it('never passes the developer detail on to the client', () => {
    const envelope = readEnvelope({
      ok: false,
      error: { code: 'NOT_FOUND', detail: 'row 42 missing' },
      serverTime: SERVER_TIME,
    });
    expect(envelope).not.toBeNull();
    expect(JSON.stringify(envelope)).not.toContain('row 42');
  });

  it('gives a failure without fields an empty list of field problems', () => {
    const envelope = readEnvelope({
      ok: false,
      error: { code: 'NOT_FOUND' },
      serverTime: SERVER_TIME,
    });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', fields: [] },
      serverTime: SERVER_TIME,
    });
  });

  it('drops field problems that are not shaped like { field, code }', () => {
    const envelope = readEnvelope({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'mobile', code: 'format' }, { field: 3 }, 'ticket', null, { code: 'x' }],
      },
      serverTime: SERVER_TIME,
    });
    expect(envelope?.ok === false && envelope.error.fields).toEqual([
      { field: 'mobile', code: 'format' },
    ]);
  });

  it('treats an error code outside the contract as SERVER_ERROR', () => {
    const envelope = readEnvelope({
      ok: false,
      error: { code: 'DATABASE_ON_FIRE' },
      serverTime: SERVER_TIME,
    });
    expect(envelope?.ok === false && envelope.error.code).toBe('SERVER_ERROR');
  });

  it.each([
    ['null', null],
    ['a string', '<html>502 Bad Gateway</html>'],
    ['an array', [{ ok: true }]],
    ['an object without ok', { data: 1, serverTime: SERVER_TIME }],
    ['an ok that is not a boolean', { ok: 'true', data: 1, serverTime: SERVER_TIME }],
    ['a missing server time', { ok: true, data: 1 }],
    ['a server time that is not a string', { ok: true, data: 1, serverTime: 1657000000000 }],
    ['a failure without an error object', { ok: false, serverTime: SERVER_TIME }],
    ['a failure whose error is a string', { ok: false, error: 'boom', serverTime: SERVER_TIME }],
  ])('rejects %s as not an envelope', (_label, body) => {
    expect(readEnvelope(body)).toBeNull();
  });
});
