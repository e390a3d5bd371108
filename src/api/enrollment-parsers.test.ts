import {
  parseList,
  parseMaterialInfo,
  parseRegistration,
  parseSchool,
  parseVerification,
} from './enrollment-parsers';

const MATERIAL = {
  kind: 'rental-contract',
  name: '房屋租赁合同',
  description: '租赁合同',
  minPhotos: 1,
  maxPhotos: 6,
};
const CHECK = {
  source: 'household',
  status: 'verified',
  recordDate: '2021-09-14',
  values: { 'household.head': 'father' },
};
const VERIFICATION = { id: 'v-1', status: 'done', progress: 1, checks: [CHECK], pollAfterMs: 0 };
const REGISTRATION = {
  id: 'r-1',
  reference: 'JN2022-E-000001',
  subsystem: 'enrollment',
  status: 'submitted',
  submittedAt: '2022-07-05T10:00:00.000+08:00',
  category: 'migrant-worker',
  childName: '孙浩然',
  childIdNumber: '371302201605270033',
  schoolId: 's-tianqiao-1',
  needsOnSiteAppointment: true,
};

describe('enrollment answer parsers', () => {
  it('keep the contract fields and drop anything else', () => {
    expect(parseMaterialInfo({ ...MATERIAL, extra: 1 })).toEqual(MATERIAL);
    expect(parseVerification({ ...VERIFICATION, debug: 'x' })).toEqual(VERIFICATION);
    expect(parseRegistration({ ...REGISTRATION, internal: true })).toEqual(REGISTRATION);
    const school = {
      id: 's-1',
      name: '样例小学',
      district: '历下区',
      address: '济南市历下区文化东路56号',
      remainingPlaces: null,
    };
    expect(parseSchool({ ...school, extra: 1 })).toEqual(school);
  });

  it.each([
    ['an unknown material kind', parseMaterialInfo, { ...MATERIAL, kind: 'selfie' }],
    ['fewer photos allowed than required', parseMaterialInfo, { ...MATERIAL, maxPhotos: 0 }],
    [
      'a negative place count',
      parseSchool,
      { id: 's', name: 'n', district: 'd', address: 'a', remainingPlaces: -1 },
    ],
    ['a missing place count', parseSchool, { id: 's', name: 'n', district: 'd', address: 'a' }],
    [
      'a school without an address',
      parseSchool,
      { id: 's', name: 'n', district: 'd', remainingPlaces: null },
    ],
    [
      'a school address longer than 120 characters',
      parseSchool,
      { id: 's', name: 'n', district: 'd', address: '路'.repeat(121), remainingPlaces: null },
    ],
    ['progress above 1', parseVerification, { ...VERIFICATION, progress: 1.5 }],
    ['an unknown job status', parseVerification, { ...VERIFICATION, status: 'jammed' }],
    [
      'a numeric check value',
      parseVerification,
      { ...VERIFICATION, checks: [{ ...CHECK, values: { a: 1 } }] },
    ],
    [
      'an unknown source',
      parseVerification,
      { ...VERIFICATION, checks: [{ ...CHECK, source: 'tax' }] },
    ],
    ['an unknown category', parseRegistration, { ...REGISTRATION, category: 'vip' }],
    ['a missing reference', parseRegistration, { ...REGISTRATION, reference: undefined }],
    [
      'a text appointment flag',
      parseRegistration,
      { ...REGISTRATION, needsOnSiteAppointment: 'yes' },
    ],
  ] as const)('refuse %s', (_label, parse, value) => {
    expect((parse as (v: unknown) => unknown)(value)).toBeNull();
  });

  it('refuse a whole list when one item is bad, and anything that is not a list', () => {
    const parseMaterials = parseList(parseMaterialInfo);
    expect(parseMaterials([MATERIAL, MATERIAL])).toHaveLength(2);
    expect(parseMaterials([MATERIAL, { ...MATERIAL, name: 3 }])).toBeNull();
    expect(parseMaterials({ 0: MATERIAL })).toBeNull();
    expect(parseMaterials([])).toEqual([]);
  });
});
