import { checkCertificateNumber, normalizeCertificateNumber } from './property-certificate';

const TODAY = '2022-07-01';

describe('checkCertificateNumber: 不动产权证', () => {
  it('accepts 鲁(year)city不动产权第 + 7 digits + 号', () => {
    expect(
      checkCertificateNumber('real-estate-certificate', '鲁(2021)济南市不动产权第0123456号', TODAY),
    ).toBeNull();
  });

  it('accepts full-width parentheses and spaces', () => {
    expect(
      checkCertificateNumber(
        'real-estate-certificate',
        '鲁（2021） 济南市不动产权第0123456号',
        TODAY,
      ),
    ).toBeNull();
  });

  it('refuses six digits, another province or a missing 号', () => {
    expect(
      checkCertificateNumber('real-estate-certificate', '鲁(2021)济南市不动产权第012345号', TODAY),
    ).toBe('format');
    expect(
      checkCertificateNumber('real-estate-certificate', '京(2021)北京市不动产权第0123456号', TODAY),
    ).toBe('format');
    expect(
      checkCertificateNumber('real-estate-certificate', '鲁(2021)济南市不动产权第0123456', TODAY),
    ).toBe('format');
  });

  it('refuses a year after today or before unified registration (2014)', () => {
    expect(
      checkCertificateNumber('real-estate-certificate', '鲁(2023)济南市不动产权第0123456号', TODAY),
    ).toBe('format');
    expect(
      checkCertificateNumber('real-estate-certificate', '鲁(2013)济南市不动产权第0123456号', TODAY),
    ).toBe('format');
    expect(
      checkCertificateNumber('real-estate-certificate', '鲁(2022)济南市不动产权第0123456号', TODAY),
    ).toBeNull();
  });
});

describe('checkCertificateNumber: 房产证', () => {
  it('accepts the Jinan pattern 济房权证 + district + 字第 + digits + 号', () => {
    expect(
      checkCertificateNumber('house-ownership-certificate', '济房权证历字第123456号', TODAY),
    ).toBeNull();
  });

  it('accepts a printed serial of 6 to 20 letters and digits', () => {
    expect(checkCertificateNumber('house-ownership-certificate', 'a1234567', TODAY)).toBeNull();
    expect(checkCertificateNumber('house-ownership-certificate', '12345', TODAY)).toBe('format');
    expect(checkCertificateNumber('house-ownership-certificate', '1'.repeat(21), TODAY)).toBe(
      'format',
    );
  });
});

describe('checkCertificateNumber: purchase contract', () => {
  it('accepts 6 to 30 letters, digits and inner hyphens', () => {
    expect(checkCertificateNumber('purchase-contract', 'JN-2022-001234', TODAY)).toBeNull();
    expect(checkCertificateNumber('purchase-contract', '12345', TODAY)).toBe('format');
    expect(checkCertificateNumber('purchase-contract', '-2022-001234', TODAY)).toBe('format');
    expect(checkCertificateNumber('purchase-contract', 'A'.repeat(31), TODAY)).toBe('format');
  });

  it('reports an empty number as required', () => {
    expect(checkCertificateNumber('purchase-contract', ' ', TODAY)).toBe('required');
  });
});

describe('normalizeCertificateNumber', () => {
  it('turns brackets of any width into ASCII parentheses', () => {
    expect(normalizeCertificateNumber('鲁〔2021〕济南市')).toBe('鲁(2021)济南市');
  });
});
