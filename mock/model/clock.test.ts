import { createMockClock, DEFAULT_MOCK_NOW, formatGatewayTime, parseMockTime } from './clock';

describe('the mock clock', () => {
  afterEach(() => jest.restoreAllMocks());

  function freezeRealTime(start: number) {
    let real = start;
    jest.spyOn(Date, 'now').mockImplementation(() => real);
    return (ms: number) => {
      real += ms;
    };
  }

  it('starts at 2022-07-05 10:00 Shanghai time, inside both windows', () => {
    freezeRealTime(1_000);
    const clock = createMockClock();
    expect(clock.now()).toBe(Date.parse(DEFAULT_MOCK_NOW));
    expect(formatGatewayTime(clock.now())).toBe('2022-07-05T10:00:00.000+08:00');
  });

  it('keeps running after being set', () => {
    const advance = freezeRealTime(1_000);
    const clock = createMockClock();
    clock.set('2022-06-01T09:00:00+08:00');
    advance(5_000);
    expect(clock.now()).toBe(Date.parse('2022-06-01T09:00:05+08:00'));
  });

  it('accepts epoch milliseconds and resets to the default', () => {
    freezeRealTime(1_000);
    const clock = createMockClock();
    clock.set(0);
    expect(clock.now()).toBe(0);
    clock.reset();
    expect(clock.now()).toBe(Date.parse(DEFAULT_MOCK_NOW));
  });

  it('refuses a time it cannot read', () => {
    const clock = createMockClock();
    expect(() => clock.set('not a date')).toThrow(RangeError);
    expect(() => parseMockTime(Number.NaN)).toThrow(RangeError);
  });

  it('formats times in +08:00 whatever the machine time zone', () => {
    expect(formatGatewayTime(Date.parse('2022-07-10T10:00:00Z'))).toBe(
      '2022-07-10T18:00:00.000+08:00',
    );
  });
});
