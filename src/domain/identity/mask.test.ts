import { maskIdNumber, maskMobile } from './mask';

describe('maskIdNumber', () => {
  it('shows the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdNumber('37010220180615001X')).toBe('370102********001X');
  });

  it('keeps the masked value as long as the original', () => {
    expect(maskIdNumber('37010220180615001X')).toHaveLength(18);
  });

  it('shows only the first and last character of a short permit number', () => {
    expect(maskIdNumber('H12345678')).toBe('H*******8');
    expect(maskIdNumber('12345678')).toBe('1******8');
  });

  it('switches from the short to the long rule above 10 characters', () => {
    expect(maskIdNumber('1234567890')).toBe('1********0');
    expect(maskIdNumber('12345678901')).toBe('123456*8901');
  });

  it('hides values of 2 or fewer characters completely', () => {
    expect(maskIdNumber('12')).toBe('**');
    expect(maskIdNumber('1')).toBe('*');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskMobile', () => {
  it('shows the first 3 and last 4 digits of a mobile number', () => {
    expect(maskMobile('13800001234')).toBe('138****1234');
  });

  it('shows only the last 4 characters of a number of another length', () => {
    expect(maskMobile('053112345')).toBe('*****2345');
  });

  it('hides values of 4 or fewer characters completely', () => {
    expect(maskMobile('1234')).toBe('****');
  });
});
