import { readTicketAnswer, readTicketFailure } from './light-app-answers';

const envelope = (data: unknown, retcode: unknown = '000000') =>
  JSON.stringify({ retcode, data: typeof data === 'string' ? data : JSON.stringify(data) });

describe('readTicketAnswer', () => {
  it.each([
    ['a plain object', { ticket: 'ishandong:p-1:a' }],
    ['a JSON string of a plain object', '{"ticket":"ishandong:p-1:a"}'],
    ['the retcode envelope with JSON data', envelope({ ticket: 'ishandong:p-1:a', usertype: '1' })],
    [
      'the retcode envelope as an object with JSON data',
      { retcode: '000000', data: JSON.stringify({ ticket: 'ishandong:p-1:a', usertype: '1' }) },
    ],
    [
      'the retcode envelope with data as an object',
      JSON.stringify({ retcode: '000000', data: { ticket: 'ishandong:p-1:a', usertype: '1' } }),
    ],
    ['the older type/ticket string', '{"type":"1","ticket":"ishandong:p-1:a"}'],
    ['the older type/ticket object with a numeric type', { type: 1, ticket: 'ishandong:p-1:a' }],
    ['a JSON string with spaces around it', '  {"type":"1","ticket":"ishandong:p-1:a"}\n'],
    ['a JSON string inside a JSON string', JSON.stringify('{"ticket":"ishandong:p-1:a"}')],
  ])('reads the ticket from %s', (_label, answer) => {
    expect(readTicketAnswer(answer)).toEqual({ ok: true, ticket: 'ishandong:p-1:a' });
  });

  it.each([
    ['未登录', 'not-logged-in'],
    ['取消登录', 'cancelled'],
    ['用户拒绝授权', 'refused'],
    [' 未登录 ', 'not-logged-in'],
    ['"未登录"', 'not-logged-in'],
    ['not logged in', 'not-logged-in'],
  ] as const)('reads the plain string %p as %s', (answer, reason) => {
    expect(readTicketAnswer(answer)).toEqual({ ok: false, reason });
  });

  it.each([
    ['usertype 2 in the envelope', envelope({ ticket: 't-1', usertype: '2' })],
    ['type 2 in the older shape', '{"type":"2","ticket":"t-1"}'],
    ['a numeric usertype 2', { usertype: 2, ticket: 't-1' }],
    ['an empty usertype', { usertype: '', ticket: 't-1' }],
  ])('reads %s as a legal-person account', (_label, answer) => {
    expect(readTicketAnswer(answer)).toEqual({ ok: false, reason: 'legal-person' });
  });

  it.each([
    ['a retcode other than 000000', envelope({ ticket: 't-1', usertype: '1' }, '100001')],
    ['a numeric retcode', JSON.stringify({ retcode: 0, data: '{"ticket":"t-1"}' })],
    ['an envelope whose data is not JSON', JSON.stringify({ retcode: '000000', data: '{oops' })],
    ['an envelope without data', '{"retcode":"000000"}'],
    ['an envelope whose data is an array', JSON.stringify({ retcode: '000000', data: [1] })],
    ['an envelope whose data has no ticket', envelope({ usertype: '1' })],
    ['an empty ticket', '{"type":"1","ticket":""}'],
    ['a ticket that is a number', { ticket: 12345 }],
    ['a ticket with spaces', { ticket: 'a b' }],
    ['a ticket with a line break', { ticket: 'a\nb' }],
    ['a ticket far too long', { ticket: 'x'.repeat(5000) }],
    ['an unknown string', 'something odd'],
    ['an empty string', ''],
    ['a JSON number', '42'],
    ['a JSON array', '["t-1"]'],
    ['an array', ['t-1']],
    ['null', null],
    ['undefined', undefined],
    ['a number', 7],
    ['a boolean', true],
    ['an object without a ticket', { code: 0 }],
    ['an account type without a ticket', '{"type":"3"}'],
    ['an error-like object with a type', { type: 'error', msg: 'server busy' }],
    [
      'JSON nested too deep',
      JSON.stringify(
        JSON.stringify(JSON.stringify(JSON.stringify(JSON.stringify('{"ticket":"t"}')))),
      ),
    ],
  ])('treats %s as unavailable', (_label, answer) => {
    expect(readTicketAnswer(answer)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reads why a failed envelope failed where it says so', () => {
    expect(readTicketAnswer({ retcode: '100002', msg: '未登录' })).toEqual({
      ok: false,
      reason: 'not-logged-in',
    });
  });
});

describe('readTicketFailure', () => {
  it.each([
    ['未登录', 'not-logged-in'],
    ['取消登录', 'cancelled'],
    ['用户拒绝授权', 'refused'],
    [{ errMsg: 'auth deny' }, 'refused'],
    [{ msg: '用户取消' }, 'cancelled'],
    [new Error('bridge broke'), 'unavailable'],
    ['constructor', 'unavailable'],
    [null, 'unavailable'],
  ] as const)('reads a failure %p as %s', (error, reason) => {
    expect(readTicketFailure(error)).toEqual({ ok: false, reason });
  });
});
