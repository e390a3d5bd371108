import { computeCheckDigit } from './check-digit';
import { ID_DOCUMENT_TYPES, validateIdDocument } from './id-document';

const TODAY = '2025-06-01';

function withCheckDigit(body: string): string {
  return body + computeCheckDigit(body);
}

describe('validateIdDocument', () => {
  it('validates a resident ID and returns birth date and sex', () => {
    expect(validateIdDocument('resident-id', '37010220180615001x', TODAY)).toEqual({
      ok: true,
      value: '37010220180615001X',
      birthDate: '2018-06-15',
      sex: 'male',
    });
  });

  it('validates a Hong Kong, Macau or Taiwan residence permit with birth date and sex', () => {
    const id = withCheckDigit('82000020190101002');
    expect(validateIdDocument('hmt-residence-permit', id, TODAY)).toEqual({
      ok: true,
      value: id,
      birthDate: '2019-01-01',
      sex: 'female',
    });
  });

  it('validates a home-return permit without birth date or sex', () => {
    const result = validateIdDocument('home-return-permit', 'h12345678', TODAY);
    expect(result).toEqual({ ok: true, value: 'H12345678' });
    expect(result).not.toHaveProperty('birthDate');
    expect(result).not.toHaveProperty('sex');
  });

  it('validates a Taiwan compatriot permit without birth date or sex', () => {
    expect(validateIdDocument('taiwan-permit', '12345678', TODAY)).toEqual({
      ok: true,
      value: '12345678',
    });
  });

  it('applies the rules of the chosen type, not of another', () => {
    expect(validateIdDocument('taiwan-permit', '37010220180615001X', TODAY)).toEqual({
      ok: false,
      reason: 'length',
    });
    expect(validateIdDocument('hmt-residence-permit', '37010220180615001X', TODAY)).toEqual({
      ok: false,
      reason: 'prefix',
    });
  });

  it('validates a foreigner’s permanent residence ID card of either generation by its own rules', () => {
    expect(validateIdDocument('foreign-permanent-residence', '937156201506180014', TODAY)).toEqual({
      ok: true,
      value: '937156201506180014',
      birthDate: '2015-06-18',
    });
    expect(validateIdDocument('foreign-permanent-residence', 'USA371506180014', TODAY)).toEqual({
      ok: true,
      value: 'USA371506180014',
    });
    // A resident ID number is not this card's number, and this card's is not a resident ID.
    expect(validateIdDocument('foreign-permanent-residence', '37010220180615001X', TODAY)).toEqual({
      ok: false,
      reason: 'prefix',
    });
    expect(validateIdDocument('resident-id', '937156201506180014', TODAY)).toMatchObject({
      ok: false,
    });
  });

  it('throws on a malformed today whatever the document type', () => {
    for (const type of ID_DOCUMENT_TYPES) {
      expect(() => validateIdDocument(type, '12345678', '01/06/2025')).toThrow(RangeError);
    }
  });

  it('throws on a document type outside the union, which only untyped callers can pass', () => {
    const unknown = 'passport' as Parameters<typeof validateIdDocument>[0];
    expect(() => validateIdDocument(unknown, 'E12345678', TODAY)).toThrow(RangeError);
  });
});

describe('ID_DOCUMENT_TYPES', () => {
  it('lists each document type once, resident ID first', () => {
    expect(ID_DOCUMENT_TYPES[0]).toBe('resident-id');
    expect(new Set(ID_DOCUMENT_TYPES).size).toBe(ID_DOCUMENT_TYPES.length);
    expect(ID_DOCUMENT_TYPES).toContain('foreign-permanent-residence');
  });
});
