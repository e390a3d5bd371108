import { computeCheckDigit } from './check-digit';
import { validateResidentId } from './resident-id';

// Invented numbers only (370102: Jinan, Lixia district), completed with a computed check digit.
const TODAY = '2025-06-01';

function withCheckDigit(body: string): string {
  return body + computeCheckDigit(body);
}

describe('validateResidentId', () => {
  it('accepts a valid number and reads birth date and sex from it', () => {
    expect(validateResidentId('37010220180615001X', TODAY)).toEqual({
      ok: true,
      value: '37010220180615001X',
      birthDate: '2018-06-15',
      sex: 'male',
    });
  });

  it('reads an even 17th digit as female', () => {
    const id = withCheckDigit('37010220190301002');
    expect(validateResidentId(id, TODAY)).toMatchObject({ ok: true, sex: 'female' });
  });

  it('accepts a lower-case x check character and returns it upper-cased', () => {
    expect(validateResidentId('37010220180615001x', TODAY)).toMatchObject({
      ok: true,
      value: '37010220180615001X',
    });
  });

  it('accepts full-width digits, spaces and surrounding blanks', () => {
    const result = validateResidentId(' ３７０１０２ 2018 0615 001ｘ ', TODAY);
    expect(result).toMatchObject({ ok: true, value: '37010220180615001X' });
  });

  it('rejects empty or blank input as empty', () => {
    expect(validateResidentId('', TODAY)).toEqual({ ok: false, reason: 'empty' });
    expect(validateResidentId(' \u3000 ', TODAY)).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects 17 and 19 characters as a length problem', () => {
    expect(validateResidentId('37010220180615001', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(validateResidentId('37010220180615001X0', TODAY)).toEqual({
      ok: false,
      reason: 'length',
    });
  });

  it('rejects letters in the middle of the number', () => {
    expect(validateResidentId('3701022018A615001X', TODAY)).toEqual({
      ok: false,
      reason: 'characters',
    });
  });

  it('rejects an X anywhere but the last place', () => {
    expect(validateResidentId('X70102201806150011', TODAY)).toEqual({
      ok: false,
      reason: 'characters',
    });
  });

  it('rejects a check character other than a digit or X', () => {
    expect(validateResidentId('37010220180615001Y', TODAY)).toEqual({
      ok: false,
      reason: 'characters',
    });
  });

  it('rejects an unknown province code such as 99', () => {
    const id = withCheckDigit('99010220180615001');
    expect(validateResidentId(id, TODAY)).toEqual({ ok: false, reason: 'region' });
  });

  it('rejects a mainland province code with city part 00', () => {
    const id = withCheckDigit('37000020180615001');
    expect(validateResidentId(id, TODAY)).toEqual({ ok: false, reason: 'region' });
  });

  it('rejects a resident ID whose birth date is 2015-02-30', () => {
    const id = withCheckDigit('37010220150230001');
    expect(validateResidentId(id, TODAY)).toEqual({ ok: false, reason: 'birth-date' });
  });

  it('accepts 29 February in a leap year but not in other years', () => {
    expect(validateResidentId(withCheckDigit('37010220160229001'), TODAY).ok).toBe(true);
    expect(validateResidentId(withCheckDigit('37010220170229001'), TODAY)).toEqual({
      ok: false,
      reason: 'birth-date',
    });
  });

  it('rejects month 13 and day 00', () => {
    expect(validateResidentId(withCheckDigit('37010220181301001'), TODAY).ok).toBe(false);
    expect(validateResidentId(withCheckDigit('37010220180600001'), TODAY).ok).toBe(false);
  });

  it('accepts a birth date of 1900-01-01 and rejects 1899-12-31', () => {
    expect(validateResidentId(withCheckDigit('37010219000101001'), TODAY)).toMatchObject({
      ok: true,
      birthDate: '1900-01-01',
    });
    expect(validateResidentId(withCheckDigit('37010218991231001'), TODAY)).toEqual({
      ok: false,
      reason: 'birth-date',
    });
  });

  it('accepts a birth date of today and rejects tomorrow', () => {
    expect(validateResidentId(withCheckDigit('37010220250601001'), TODAY).ok).toBe(true);
    expect(validateResidentId(withCheckDigit('37010220250602001'), TODAY)).toEqual({
      ok: false,
      reason: 'birth-date',
    });
  });

  it('rejects a number whose check character does not match', () => {
    expect(validateResidentId('370102201806150011', TODAY)).toEqual({
      ok: false,
      reason: 'checksum',
    });
  });

  it('reports only the first problem, in the documented check order', () => {
    expect(validateResidentId('3701022018A61500', TODAY)).toMatchObject({ reason: 'length' });
    expect(validateResidentId('9901022018A615001X', TODAY)).toMatchObject({
      reason: 'characters',
    });
    expect(validateResidentId('990102201502300011', TODAY)).toMatchObject({ reason: 'region' });
    expect(validateResidentId('370102201502300010', TODAY)).toMatchObject({
      reason: 'birth-date',
    });
  });

  it('throws when today is not a real YYYY-MM-DD date, since that is a programming error', () => {
    expect(() => validateResidentId('37010220180615001X', '2025/06/01')).toThrow(RangeError);
    expect(() => validateResidentId('37010220180615001X', '2025-02-30')).toThrow(RangeError);
  });
});
