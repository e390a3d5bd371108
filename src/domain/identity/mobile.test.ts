import { validateMobile } from './mobile';

describe('validateMobile', () => {
  it('accepts 11 digits starting with 13 to 19', () => {
    for (const second of ['3', '4', '5', '6', '7', '8', '9']) {
      const mobile = `1${second}800001234`;
      expect(validateMobile(mobile)).toEqual({ ok: true, value: mobile });
    }
  });

  it('rejects numbers starting with 10, 11 or 12', () => {
    for (const mobile of ['10800001234', '11800001234', '12800001234']) {
      expect(validateMobile(mobile)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('removes spaces and dashes', () => {
    expect(validateMobile(' 138 0000 1234 ')).toEqual({ ok: true, value: '13800001234' });
    expect(validateMobile('138-0000-1234')).toEqual({ ok: true, value: '13800001234' });
  });

  it('removes a +86 or 86 country prefix', () => {
    expect(validateMobile('+86 138 0000 1234')).toEqual({ ok: true, value: '13800001234' });
    expect(validateMobile('+86-13800001234')).toEqual({ ok: true, value: '13800001234' });
    expect(validateMobile('8613800001234')).toEqual({ ok: true, value: '13800001234' });
  });

  it('accepts full-width digits and plus sign', () => {
    expect(validateMobile('＋８６１３８００００１２３４')).toEqual({
      ok: true,
      value: '13800001234',
    });
  });

  it('rejects empty and blank input as empty', () => {
    expect(validateMobile('')).toEqual({ ok: false, reason: 'empty' });
    expect(validateMobile(' - ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects 10 and 12 digits', () => {
    expect(validateMobile('1380000123')).toEqual({ ok: false, reason: 'format' });
    expect(validateMobile('138000012345')).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects letters and other punctuation', () => {
    expect(validateMobile('1380000123a')).toEqual({ ok: false, reason: 'format' });
    expect(validateMobile('(138)00001234')).toEqual({ ok: false, reason: 'format' });
  });

  it('rejects a country prefix with nothing valid after it', () => {
    expect(validateMobile('+86')).toEqual({ ok: false, reason: 'format' });
    expect(validateMobile('+8605311234567')).toEqual({ ok: false, reason: 'format' });
  });
});
