import { checkEligibility } from './eligibility';

const RANGE = { from: '2015-09-01', to: '2016-08-31' };

describe('checkEligibility', () => {
  it('accepts a child born on the first day of the range', () => {
    expect(checkEligibility('2015-09-01', RANGE)).toEqual({ eligible: true });
  });

  it('refuses a child born the day before the range as too old', () => {
    expect(checkEligibility('2015-08-31', RANGE)).toEqual({ eligible: false, reason: 'too-old' });
  });

  it('accepts a child born on the last day of the range', () => {
    expect(checkEligibility('2016-08-31', RANGE)).toEqual({ eligible: true });
  });

  it('refuses a child born the day after the range as too young', () => {
    expect(checkEligibility('2016-09-01', RANGE)).toEqual({
      eligible: false,
      reason: 'too-young',
    });
  });

  it('refuses the seeded out-of-range child born 2016-10-12 as too young', () => {
    expect(checkEligibility('2016-10-12', RANGE)).toEqual({
      eligible: false,
      reason: 'too-young',
    });
  });

  it('takes the range from the gateway rather than a fixed year', () => {
    expect(checkEligibility('2017-01-01', { from: '2016-09-01', to: '2017-08-31' })).toEqual({
      eligible: true,
    });
  });

  it('throws on a date that is not YYYY-MM-DD, a programming error', () => {
    expect(() => checkEligibility('2016/03/15', RANGE)).toThrow(RangeError);
    expect(() => checkEligibility('2016-02-30', RANGE)).toThrow(RangeError);
  });
});
