import { computeCheckDigit } from './check-digit';
import {
  validateHmtResidencePermit,
  validateHomeReturnPermit,
  validateTaiwanPermit,
} from './permits';

// Invented numbers only; 18-character ones are completed with a computed check digit.
const TODAY = '2025-06-01';

function withCheckDigit(body: string): string {
  return body + computeCheckDigit(body);
}

describe('validateHmtResidencePermit', () => {
  it.each(['810000', '820000', '830000'])('accepts a valid permit with prefix %s', (prefix) => {
    const id = withCheckDigit(`${prefix}20180615003`);
    expect(validateHmtResidencePermit(id, TODAY)).toEqual({
      ok: true,
      value: id,
      birthDate: '2018-06-15',
      sex: 'male',
    });
  });

  it('normalises the input like a resident ID', () => {
    const id = withCheckDigit('81000020180615004');
    const spaced = ` ${id.slice(0, 6)} ${id.slice(6)} `;
    expect(validateHmtResidencePermit(spaced, TODAY)).toMatchObject({ ok: true, value: id });
  });

  it('rejects a valid mainland resident ID as a prefix problem', () => {
    const id = withCheckDigit('37010220180615001');
    expect(validateHmtResidencePermit(id, TODAY)).toEqual({ ok: false, reason: 'prefix' });
  });

  it('rejects a permit-like prefix with a city part, such as 810100', () => {
    const id = withCheckDigit('81010020180615001');
    expect(validateHmtResidencePermit(id, TODAY)).toEqual({ ok: false, reason: 'prefix' });
  });

  it('rejects an unknown region as a prefix problem, before the birth date', () => {
    expect(validateHmtResidencePermit('990000201502300011', TODAY)).toEqual({
      ok: false,
      reason: 'prefix',
    });
  });

  it('applies the resident ID birth date rule', () => {
    const id = withCheckDigit('82000020150230001');
    expect(validateHmtResidencePermit(id, TODAY)).toEqual({ ok: false, reason: 'birth-date' });
  });

  it('applies the resident ID checksum rule', () => {
    const id = withCheckDigit('83000020180615001');
    const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
    expect(validateHmtResidencePermit(wrong, TODAY)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('reports empty, length and character problems before the prefix', () => {
    expect(validateHmtResidencePermit('', TODAY)).toEqual({ ok: false, reason: 'empty' });
    expect(validateHmtResidencePermit('8100002018061500', TODAY)).toEqual({
      ok: false,
      reason: 'length',
    });
    expect(validateHmtResidencePermit('H10000201806150011', TODAY)).toEqual({
      ok: false,
      reason: 'characters',
    });
  });
});

describe('validateHomeReturnPermit', () => {
  it('accepts H or M followed by 8 digits', () => {
    expect(validateHomeReturnPermit('H12345678')).toEqual({ ok: true, value: 'H12345678' });
    expect(validateHomeReturnPermit('M87654321')).toEqual({ ok: true, value: 'M87654321' });
  });

  it('accepts a lower-case letter, full-width characters and spaces', () => {
    expect(validateHomeReturnPermit(' h1234 5678 ')).toEqual({ ok: true, value: 'H12345678' });
    expect(validateHomeReturnPermit('Ｍ８７６５４３２１')).toEqual({
      ok: true,
      value: 'M87654321',
    });
  });

  it('rejects empty input', () => {
    expect(validateHomeReturnPermit('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects the old 10-digit format and a 7-digit number as a length problem', () => {
    expect(validateHomeReturnPermit('H1234567890')).toEqual({ ok: false, reason: 'length' });
    expect(validateHomeReturnPermit('H1234567')).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects a first letter other than H or M', () => {
    expect(validateHomeReturnPermit('T12345678')).toEqual({ ok: false, reason: 'prefix' });
    expect(validateHomeReturnPermit('123456789')).toEqual({ ok: false, reason: 'prefix' });
  });

  it('rejects a letter among the 8 digits', () => {
    expect(validateHomeReturnPermit('H1234567X')).toEqual({ ok: false, reason: 'characters' });
  });
});

describe('validateTaiwanPermit', () => {
  it('accepts 8 digits', () => {
    expect(validateTaiwanPermit('12345678')).toEqual({ ok: true, value: '12345678' });
  });

  it('accepts full-width digits and spaces', () => {
    expect(validateTaiwanPermit('１２３４ ５６７８')).toEqual({ ok: true, value: '12345678' });
  });

  it('rejects empty input', () => {
    expect(validateTaiwanPermit('')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects 7 and 9 digits as a length problem', () => {
    expect(validateTaiwanPermit('1234567')).toEqual({ ok: false, reason: 'length' });
    expect(validateTaiwanPermit('123456789')).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects letters', () => {
    expect(validateTaiwanPermit('1234567A')).toEqual({ ok: false, reason: 'characters' });
  });
});
