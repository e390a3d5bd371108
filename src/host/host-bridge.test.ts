import { classifyHostFailure } from './host-bridge';

describe('classifyHostFailure', () => {
  it.each([
    ['not logged in', 'not-logged-in'],
    ['User not logged in', 'not-logged-in'],
    ['用户未登录', 'not-logged-in'],
    ['login cancelled', 'cancelled'],
    ['用户取消', 'cancelled'],
    ['user refused authorisation', 'refused'],
    ['用户拒绝授权', 'refused'],
    ['getTicket:fail access denied', 'refused'],
  ] as const)('reads "%s" as %s', (message, reason) => {
    expect(classifyHostFailure(message)).toBe(reason);
  });

  it('reads the errMsg of a mini-program style failure object', () => {
    expect(classifyHostFailure({ errMsg: 'auth deny' })).toBe('refused');
    expect(classifyHostFailure({ errMsg: 'login:fail cancel' })).toBe('cancelled');
    expect(classifyHostFailure({ errMsg: '用户未登录' })).toBe('not-logged-in');
  });

  it('reads the message or msg field of other bridge failure objects', () => {
    expect(classifyHostFailure({ message: 'login cancelled' })).toBe('cancelled');
    expect(classifyHostFailure({ msg: '用户拒绝授权' })).toBe('refused');
  });

  it('ignores letter case', () => {
    expect(classifyHostFailure('NOT LOGGED IN')).toBe('not-logged-in');
    expect(classifyHostFailure('Login Cancelled')).toBe('cancelled');
  });

  it('reads the message of a thrown Error', () => {
    expect(classifyHostFailure(new Error('not logged in'))).toBe('not-logged-in');
  });

  it.each([
    ['an unknown message', 'something odd happened'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a number', 500],
    ['an object without errMsg', { code: 7 }],
    ['an errMsg that is not recognised', { errMsg: 'getTicket:fail' }],
  ])('treats %s as unavailable', (_label, message) => {
    expect(classifyHostFailure(message)).toBe('unavailable');
  });
});
