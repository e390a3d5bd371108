import { hostFromUserAgent } from './host-user-agent';

const ANDROID = 'Mozilla/5.0 (Linux; Android 10; HMA-AL00) AppleWebKit/537.36 Chrome/83.0 Mobile';

describe('hostFromUserAgent', () => {
  it.each([
    `${ANDROID} hanweb`,
    `${ANDROID} Hanweb/6.0.1`,
    `${ANDROID} hanweb-harmony`,
    'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5 like Mac OS X) Mobile/15E148 hanweb',
  ])('recognises Love Shandong by its hanweb token: %s', (ua) => {
    expect(hostFromUserAgent(ua, 'quancheng')).toBe('ishandong');
  });

  it('recognises the Quancheng Office app by its configured token, even beside hanweb', () => {
    expect(hostFromUserAgent(`${ANDROID} QuanCheng/2.1`, 'quancheng')).toBe('quancheng');
    expect(hostFromUserAgent(`${ANDROID} hanweb quancheng`, 'quancheng')).toBe('quancheng');
    expect(hostFromUserAgent(`${ANDROID} hanweb jnqcb/1.0`, 'jnqcb')).toBe('quancheng');
  });

  it('recognises neither in a plain browser', () => {
    expect(hostFromUserAgent(ANDROID, 'quancheng')).toBeNull();
    expect(hostFromUserAgent(`${ANDROID} MicroMessenger/8.0`, 'quancheng')).toBeNull();
  });

  it('never matches an empty Quancheng token', () => {
    expect(hostFromUserAgent(`${ANDROID} hanweb`, '')).toBe('ishandong');
    expect(hostFromUserAgent(ANDROID, '  ')).toBeNull();
  });
});
