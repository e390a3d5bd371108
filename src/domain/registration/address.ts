import { toHalfWidth } from '../identity/half-width';

export type AddressProblem = 'required' | 'too-short' | 'too-long' | 'not-downtown';

// Shorter than 8 characters cannot name a street and a number (e.g. 历下区泉城路1号 is 8).
const MIN_LENGTH = 8;
const MAX_LENGTH = 100;

/**
 * Names that place an address in downtown Jinan: the city itself, or one of the districts of the
 * central-city registration area. Deliberately simple: the gateway's catchment lookup decides;
 * this only catches an address typed into the wrong field or a missing city.
 */
export const DOWNTOWN_PLACE_NAMES: readonly string[] = [
  '济南',
  '历下',
  '市中区',
  '槐荫',
  '天桥区',
  '历城',
  '长清',
  '高新区',
];

// Leading province and city names that registers and certificates write or leave out at will.
const LEADING_REGION = /^(?:山东省|山东)?(?:济南市)?/;

/** One spelling per address so registers and certificates compare equal (FAQ 11): no spaces,
 * half-width, upper case, no leading 山东省 or 济南市. */
export function normalizeAddress(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase().replace(LEADING_REGION, '');
}

/** Whether two addresses are the same after normalising (category match, FAQ 11 case 2). */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = normalizeAddress(a);
  return left !== '' && left === normalizeAddress(b);
}

/** Household and home addresses: long enough to locate, and downtown when said to be (PRODUCT.md). */
export function checkAddress(
  raw: string | undefined,
  mustBeDowntown: boolean,
): AddressProblem | null {
  const compact = toHalfWidth(raw ?? '').replace(/\s+/g, '');
  if (compact === '') return 'required';
  const length = Array.from(compact).length;
  if (length < MIN_LENGTH) return 'too-short';
  if (length > MAX_LENGTH) return 'too-long';
  if (mustBeDowntown && !DOWNTOWN_PLACE_NAMES.some((name) => compact.includes(name))) {
    return 'not-downtown';
  }
  return null;
}

/** A district or county of Jinan as addresses write it; `downtown` for the central-city area. */
export interface JinanDistrict {
  code: string;
  name: string;
  downtown: boolean;
}

/** Jinan's districts and counties, the central-city ones first (FAQ: 中心城区). */
export const JINAN_DISTRICTS = [
  { code: 'lixia', name: '历下区', downtown: true },
  { code: 'shizhong', name: '市中区', downtown: true },
  { code: 'huaiyin', name: '槐荫区', downtown: true },
  { code: 'tianqiao', name: '天桥区', downtown: true },
  { code: 'licheng', name: '历城区', downtown: true },
  { code: 'changqing', name: '长清区', downtown: true },
  { code: 'gaoxin', name: '高新区', downtown: true },
  { code: 'zhangqiu', name: '章丘区', downtown: false },
  { code: 'jiyang', name: '济阳区', downtown: false },
  { code: 'laiwu', name: '莱芜区', downtown: false },
  { code: 'gangcheng', name: '钢城区', downtown: false },
  { code: 'pingyin', name: '平阴县', downtown: false },
  { code: 'shanghe', name: '商河县', downtown: false },
] as const satisfies readonly JinanDistrict[];

export type DistrictCode = (typeof JINAN_DISTRICTS)[number]['code'];

/** An address outside Jinan (e.g. a household registered in another city) is typed in full. */
export const OUTSIDE_JINAN = 'outside';

/**
 * An address as the picker asks it. The gateway still receives one line (`composeAddress`), so
 * the rules above, the register comparison and the catchment lookup read it unchanged.
 */
export interface AddressParts {
  district: DistrictCode | typeof OUTSIDE_JINAN | '';
  /** Street and number, or compound; the whole address when outside Jinan. */
  street: string;
  building: string;
  unit: string;
  room: string;
}

export const NO_ADDRESS: AddressParts = {
  district: '',
  street: '',
  building: '',
  unit: '',
  room: '',
};

/** The one line the gateway stores: 济南市 + district + street + 3号楼2单元501室, as registers write. */
export function composeAddress(parts: AddressParts): string {
  const district = JINAN_DISTRICTS.find((entry) => entry.code === parts.district);
  const place = district ? `济南市${district.name}` : '';
  if (!district && parts.district !== OUTSIDE_JINAN) return '';
  const tail = [
    [parts.building, '号楼'],
    [parts.unit, '单元'],
    [parts.room, '室'],
  ]
    .map(([value, suffix]) => (value?.trim() ? `${value.trim()}${suffix}` : ''))
    .join('');
  const line = `${parts.street.trim()}${tail}`;
  return line === '' && !district ? '' : `${place}${line}`;
}

// Lazy street so the optional building, unit and room take every trailing number they can.
const TAIL = /^(.*?)(?:(\d+)号楼)?(?:(\d+)单元)?(?:(\d+)室)?$/su;

/** The parts of a stored line, for editing it again (a draft, or a disputed backfilled answer). */
export function splitAddress(text: string | undefined): AddressParts {
  const line = (text ?? '').trim();
  if (line === '') return NO_ADDRESS;
  const local = line.replace(/^(?:山东省)?济南市/u, '');
  const district = JINAN_DISTRICTS.find((entry) => local.startsWith(entry.name));
  const rest = district ? local.slice(district.name.length) : line;
  const [, street = rest, building = '', unit = '', room = ''] = TAIL.exec(rest) ?? [];
  return { district: district ? district.code : OUTSIDE_JINAN, street, building, unit, room };
}
