import { withCheckDigit } from '../registration/test-support';
import { checkStatusNumber, normalizeStatusNumber } from './status-number';
import { STATUS_NUMBER, STUDENT_ID } from './test-support';

const student = { idType: 'resident-id' as const, idNumber: STUDENT_ID };

describe('checkStatusNumber (全国学籍号: G + resident ID, or L + 18 characters)', () => {
  it("accepts G followed by the student's own resident ID number", () => {
    expect(checkStatusNumber(STATUS_NUMBER, student)).toBeNull();
  });

  it('normalises spaces, full-width characters and lower case first', () => {
    expect(normalizeStatusNumber(` g${STUDENT_ID.slice(0, 6)} ${STUDENT_ID.slice(6)}`)).toBe(
      STATUS_NUMBER,
    );
    expect(checkStatusNumber(`ｇ${STUDENT_ID}`, student)).toBeNull();
  });

  it('refuses a G number of another person', () => {
    const other = withCheckDigit('37010220120408004');
    expect(checkStatusNumber(`G${other}`, student)).toBe('status-number-mismatch');
  });

  it('accepts a G number when the student is registered with a permit (no ID to compare)', () => {
    expect(
      checkStatusNumber(STATUS_NUMBER, { idType: 'home-return-permit', idNumber: 'H1' }),
    ).toBeNull();
  });

  it('refuses a G number whose resident ID fails its check character (GB 11643)', () => {
    const wrong = STUDENT_ID.slice(0, 17) + (STUDENT_ID[17] === '0' ? '1' : '0');
    expect(checkStatusNumber(`G${wrong}`, {})).toBe('checksum');
  });

  it('accepts L followed by 18 digits or capital letters', () => {
    expect(checkStatusNumber('L20150901ABCD12345X', student)).toBeNull();
    expect(checkStatusNumber('L2015-0901ABCD12345', student)).toBe('characters');
  });

  it('names the problem: missing, wrong first letter, wrong length', () => {
    expect(checkStatusNumber('  ', student)).toBe('required');
    expect(checkStatusNumber(STUDENT_ID, student)).toBe('prefix');
    expect(checkStatusNumber(`G${STUDENT_ID.slice(1)}`, student)).toBe('length');
  });
});
