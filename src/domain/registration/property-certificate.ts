import type { PropertyCertificateType } from '@contract';
import { toHalfWidth } from '../identity/half-width';

/** The certificate types in form order (PRODUCT.md, Residence and property). */
export const PROPERTY_CERTIFICATE_TYPES: readonly PropertyCertificateType[] = [
  'real-estate-certificate',
  'house-ownership-certificate',
  'purchase-contract',
];

// Shandong's unified real estate certificates started in 2014-2015; earlier years cannot exist.
const FIRST_REAL_ESTATE_YEAR = 2014;
// 不动产权证 (Ministry of Land and Resources format): 鲁(2021)济南市不动产权第0123456号.
const REAL_ESTATE = /^鲁\((\d{4})\)[\u4E00-\u9FFF]{1,12}不动产权第(\d{7})号$/;
// Old Jinan 房产证: 济房权证 + district character(s) + 字第 + serial + 号, e.g. 济房权证历字第123456号.
const JINAN_HOUSE_OWNERSHIP = /^济房权证[\u4E00-\u9FFF]{1,2}字第\d{4,10}号$/;
// Older or other cities' 房产证 often show only a printed serial: 6-20 letters and digits.
const SERIAL = /^[0-9A-Z]{6,20}$/;
// 商品房买卖合同 numbers (网签备案号): 6-30 letters, digits and hyphens, not at either end.
const CONTRACT = /^[0-9A-Z](?:[0-9A-Z-]{4,28})[0-9A-Z]$/;

/** Full-width brackets, spaces and lower case are typing accidents, not a different number. */
export function normalizeCertificateNumber(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[〔［【]/g, '(')
    .replace(/[〕］】]/g, ')')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** Checks a certificate number's shape by type, so a typo is caught before verification. */
export function checkCertificateNumber(
  type: PropertyCertificateType,
  raw: string | undefined,
  today: string,
): 'required' | 'format' | null {
  const value = normalizeCertificateNumber(raw ?? '');
  if (value === '') return 'required';
  switch (type) {
    case 'real-estate-certificate':
      return isRealEstateNumber(value, Number(today.slice(0, 4))) ? null : 'format';
    case 'house-ownership-certificate':
      return JINAN_HOUSE_OWNERSHIP.test(value) || SERIAL.test(value) ? null : 'format';
    case 'purchase-contract':
      return CONTRACT.test(value) ? null : 'format';
    default:
      return unknownType(type);
  }
}

function isRealEstateNumber(value: string, currentYear: number): boolean {
  const match = REAL_ESTATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  return year >= FIRST_REAL_ESTATE_YEAR && year <= currentYear;
}

function unknownType(type: never): never {
  throw new RangeError(`unknown certificate type: ${String(type)}`);
}
