import { checkCharacter, readIdNumber, readIsoDate } from './resident-id';

describe("the gateway's own ID number check", () => {
  it('computes the GB 11643 check character, including X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('37010220151018003')).toBe('3');
  });

  it('reads birth date and sex from a valid number', () => {
    expect(readIdNumber('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'female' });
    expect(readIdNumber('370102201510180033')).toEqual({ birthDate: '2015-10-18', sex: 'male' });
  });

  it.each([
    ['a wrong check character', '370102201510180034'],
    ['a lower-case x', '11010519491231002x'],
    ['a date that does not exist', '370102201502300031'],
    ['17 characters', '37010220151018003'],
  ])('refuses %s', (_label, value) => {
    expect(readIdNumber(value)).toBeNull();
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(readIsoDate('2016-02-29')).toBe('2016-02-29');
    expect(readIsoDate('2015-02-29')).toBeNull();
    expect(readIsoDate('2016-2-9')).toBeNull();
  });
});
