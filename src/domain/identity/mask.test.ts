import {
  isMaskedAnswer,
  maskAnswer,
  maskIdNumber,
  maskMobile,
  maskPermitNumber,
  maskStatusNumber,
} from './mask';

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

describe('maskStatusNumber', () => {
  it('keeps the leading G and masks the ID number behind it like an ID number', () => {
    expect(maskStatusNumber('G37010220150615001X')).toBe('G370102********001X');
  });

  it('masks a number without a leading letter as an ID number', () => {
    expect(maskStatusNumber('37010220150615001X')).toBe('370102********001X');
  });
});

describe('maskPermitNumber', () => {
  it('masks a residence permit number like an ID number', () => {
    expect(maskPermitNumber('370102201506150012')).toBe('370102********0012');
  });
});

describe('maskAnswer', () => {
  it.each([
    ['child.idNumber', '37010220180615001X', '370102********001X'],
    ['guardian.otherParent.idNumber', '37010219850615001X', '370102********001X'],
    ['student.statusNumber', 'G37010220150615001X', 'G370102********001X'],
    ['migrant.residencePermitNumber', '370102198506150012', '370102********0012'],
    ['child.contactMobile', '13812341234', '138****1234'],
    ['guardian.otherParent.mobile', '13812341234', '138****1234'],
  ])('masks the personal number at %s', (path, value, shown) => {
    expect(isMaskedAnswer(path)).toBe(true);
    expect(maskAnswer(path, value)).toBe(shown);
  });

  it('shows other answers as they are', () => {
    expect(isMaskedAnswer('household.address')).toBe(false);
    expect(maskAnswer('household.address', '历下区泉城路 1 号')).toBe('历下区泉城路 1 号');
  });

  it('does not treat inherited object keys as answers to mask', () => {
    expect(isMaskedAnswer('toString')).toBe(false);
    expect(maskAnswer('toString', 'x')).toBe('x');
  });
});
