import { validateForeignPermanentResidence } from './foreign-permanent-residence';

const TODAY = '2024-07-01';

describe('validateForeignPermanentResidence, cards issued since 2023 (18 characters)', () => {
  it('accepts a number starting with 9 with a valid check character, and reads the birth date', () => {
    expect(validateForeignPermanentResidence('937156201506180014', TODAY)).toEqual({
      ok: true,
      value: '937156201506180014',
      birthDate: '2015-06-18',
    });
    expect(validateForeignPermanentResidence('91184020100301002x', TODAY)).toMatchObject({
      ok: true,
      value: '91184020100301002X',
    });
  });

  it('refuses a wrong check character', () => {
    expect(validateForeignPermanentResidence('937156201506180015', TODAY)).toEqual({
      ok: false,
      reason: 'checksum',
    });
  });

  it('refuses an 18-digit resident ID number given as this card', () => {
    expect(validateForeignPermanentResidence('370102201510180033', TODAY)).toEqual({
      ok: false,
      reason: 'prefix',
    });
  });

  it('refuses an unknown acceptance province and an unreal or future birth date', () => {
    expect(validateForeignPermanentResidence('999156201506180014', TODAY)).toMatchObject({
      reason: 'region',
    });
    expect(validateForeignPermanentResidence('937156201502300014', TODAY)).toMatchObject({
      reason: 'birth-date',
    });
    expect(validateForeignPermanentResidence('937156202506180014', TODAY)).toMatchObject({
      reason: 'birth-date',
    });
  });

  it('refuses letters inside the number', () => {
    expect(validateForeignPermanentResidence('9371562015061800A4', TODAY)).toMatchObject({
      reason: 'characters',
    });
  });
});

describe('validateForeignPermanentResidence, cards issued before 2023 (15 characters)', () => {
  it('accepts three letters of nationality and twelve digits as issued, in any letter case', () => {
    expect(validateForeignPermanentResidence('usa371506180014', TODAY)).toEqual({
      ok: true,
      value: 'USA371506180014',
    });
  });

  it('accepts a birth year of the last century', () => {
    expect(validateForeignPermanentResidence('CAN118502280012', TODAY)).toMatchObject({ ok: true });
  });

  it('refuses a number that does not start with three letters', () => {
    expect(validateForeignPermanentResidence('1SA370715061801', TODAY)).toMatchObject({
      reason: 'prefix',
    });
  });

  it('refuses other characters, an unknown province and an unreal birth date', () => {
    expect(validateForeignPermanentResidence('USA37071506180-', TODAY)).toMatchObject({
      reason: 'characters',
    });
    expect(validateForeignPermanentResidence('USA990715061801', TODAY)).toMatchObject({
      reason: 'region',
    });
    expect(validateForeignPermanentResidence('USA371513321801', TODAY)).toMatchObject({
      reason: 'birth-date',
    });
  });

  it('refuses any other length, and an empty number', () => {
    expect(validateForeignPermanentResidence('USA3707150618', TODAY)).toEqual({
      ok: false,
      reason: 'length',
    });
    expect(validateForeignPermanentResidence(' ', TODAY)).toEqual({ ok: false, reason: 'empty' });
  });
});
