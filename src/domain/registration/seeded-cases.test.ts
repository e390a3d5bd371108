/**
 * The mock gateway's seeded parents (mock/seed/parents.ts): a representative draft and the
 * verification results each case is meant to produce, and what the rules make of them.
 */
import type { VerificationCheck } from '@contract';
import { applyVerification } from './backfill';
import { deriveCategory } from './category';
import { withDerivedFacts } from './derived-facts';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import { checkEligibility } from './eligibility';
import { requiredMaterials } from './materials';
import { BIRTH_RANGE, check, HOME, OTHER_HOME, TODAY, withCheckDigit } from './test-support';
import { validateAll } from './validate';

const ZHENGZHOU = '河南省郑州市金水区花园路1号院2号楼';

function family(
  applicant: { idNumber: string; mobile: string },
  applicantRole: 'father' | 'mother',
  childBody: string,
  rest: Omit<EnrollmentDraft, 'child' | 'guardian'>,
) {
  const context: EnrollmentContext = { today: TODAY, birthRange: BIRTH_RANGE, applicant };
  const draft: EnrollmentDraft = {
    child: {
      name: '孩子甲',
      idType: 'resident-id',
      idNumber: withCheckDigit(childBody),
      ethnicity: '01',
      contactMobile: applicant.mobile,
    },
    guardian: { applicantRole, otherParent: null },
    schoolId: 'school-1',
    ...rest,
  };
  return { context, draft };
}

function owned(
  owner: 'father' | 'mother' | 'paternal-grandmother',
  ownerName: string,
  address = HOME,
) {
  return {
    kind: 'owned' as const,
    certificateType: 'real-estate-certificate' as const,
    certificateNumber: '鲁(2022)济南市不动产权第0654321号',
    owner,
    ownerName,
    sharePercent: 100,
    address,
  };
}

function run(draft: EnrollmentDraft, context: EnrollmentContext, checks: VerificationCheck[]) {
  const filled = applyVerification(draft, checks, []).draft;
  const birthDate = withDerivedFacts(filled, TODAY).child?.birthDate ?? '';
  return {
    category: deriveCategory(filled),
    eligibility: checkEligibility(birthDate, BIRTH_RANGE),
    materials: requiredMaterials(filled, checks, []).map((r) => ({ id: r.id, anyOf: r.anyOf })),
    problems: validateAll(filled, context),
  };
}

describe('seeded case p-all-verified', () => {
  const { context, draft } = family(
    { idNumber: '370102198603140132', mobile: '13900000001' },
    'father',
    '37010220160315001',
    {
      household: { head: 'father', headName: '李明轩', address: HOME, inDowntown: true },
      residence: owned('father', '李明轩'),
    },
  );
  const checks = [
    check('household', 'verified', { 'household.address': HOME, 'household.inDowntown': 'true' }),
    check('property', 'verified', {
      'residence.owner': 'father',
      'residence.address': HOME,
      'residence.sharePercent': '100',
    }),
    check('birth-certificate'),
  ];

  it('is an eligible household-property match that needs no photos', () => {
    expect(run(draft, context, checks)).toEqual({
      category: 'household-property-match',
      eligibility: { eligible: true },
      materials: [],
      problems: [],
    });
  });
});

describe('seeded case p-property-not-synced', () => {
  const { context, draft } = family(
    { idNumber: '370103198809220249', mobile: '13900000002' },
    'mother',
    '37010320151105002',
    {
      household: { head: 'mother', headName: '张晓雯', address: HOME, inDowntown: true },
      residence: owned('mother', '张晓雯'),
    },
  );
  const checks = [check('household'), check('property', 'not-found'), check('birth-certificate')];

  it('is a match whose new certificate must be photographed (FAQ 6)', () => {
    expect(run(draft, context, checks)).toEqual({
      category: 'household-property-match',
      eligibility: { eligible: true },
      materials: [{ id: 'property-certificate', anyOf: ['property-certificate'] }],
      problems: [],
    });
  });
});

describe('seeded case p-father-owns-mother-household', () => {
  const { context, draft } = family(
    { idNumber: '370104198705170466', mobile: '13900000003' },
    'mother',
    '37010420160520003',
    {
      household: { head: 'mother', headName: '刘芳菲', address: HOME, inDowntown: true },
      residence: owned('father', '王建国'),
    },
  );
  const checks = [check('household'), check('property'), check('birth-certificate', 'not-found')];

  it('is a match that needs a birth medical or marriage certificate (FAQ 11 case 1)', () => {
    expect(run(draft, context, checks)).toEqual({
      category: 'household-property-match',
      eligibility: { eligible: true },
      materials: [
        { id: 'parent-relationship', anyOf: ['birth-medical-certificate', 'marriage-certificate'] },
      ],
      problems: [],
    });
  });
});

describe('seeded case p-grandmother-property', () => {
  const { context, draft } = family(
    { idNumber: '370112198501080311', mobile: '13900000004' },
    'father',
    '37011220150901004',
    {
      household: { head: 'father', headName: '赵志远', address: OTHER_HOME, inDowntown: true },
      residence: owned('paternal-grandmother', '钱秀英'),
    },
  );
  const checks = [check('household'), check('property'), check('birth-certificate')];

  it('differs and needs a kinship document, the police certificate last (FAQ 11 case 2)', () => {
    expect(run(draft, context, checks)).toEqual({
      category: 'household-property-differ',
      eligibility: { eligible: true },
      materials: [
        {
          id: 'grandparent-relationship',
          anyOf: [
            'father-birth-certificate',
            'one-child-certificate',
            'household-index-page',
            'police-kinship-certificate',
          ],
        },
      ],
      problems: [],
    });
  });
});

describe('seeded case p-migrant-worker', () => {
  const { context, draft } = family(
    { idNumber: '370105198307260577', mobile: '13900000005' },
    'father',
    '41010520160101005',
    {
      household: { head: 'father', headName: '孙海涛', address: ZHENGZHOU, inDowntown: false },
      residence: { kind: 'rented', address: HOME },
      migrant: {
        residencePermitNumber: 'SD370105002233',
        livelihood: 'employed',
        employerOrLicence: '济南某某物流有限公司',
        socialInsuranceMonths: 36,
      },
    },
  );
  const checks = [
    check('household', 'not-found'),
    check('residence-permit'),
    check('social-insurance'),
  ];

  it('is a migrant worker’s child with register, rental contract and employment proof to upload', () => {
    expect(run(draft, context, checks)).toEqual({
      category: 'migrant-worker',
      eligibility: { eligible: true },
      materials: [
        { id: 'household-register', anyOf: ['household-register'] },
        { id: 'rental-contract', anyOf: ['rental-contract'] },
        { id: 'employment-proof', anyOf: ['employment-proof'] },
      ],
      problems: [],
    });
  });
});

describe('seeded case p-child-out-of-range', () => {
  const { context, draft } = family(
    { idNumber: '37011319900211088X', mobile: '13900000006' },
    'mother',
    '37011320161012006',
    {
      household: { head: 'mother', headName: '周婉婷', address: HOME, inDowntown: true },
      residence: owned('mother', '周婉婷'),
    },
  );
  const checks = [check('household'), check('property'), check('birth-certificate')];

  it('is too young: born 2016-10-12, after the 2016-08-31 limit', () => {
    expect(run(draft, context, checks)).toEqual({
      category: 'household-property-match',
      eligibility: { eligible: false, reason: 'too-young' },
      materials: [],
      problems: [{ field: 'child.idNumber', code: 'too-young' }],
    });
  });
});

describe('seeded case p-verification-stalls', () => {
  const { context, draft } = family(
    { idNumber: '370114198411300758', mobile: '13900000007' },
    'father',
    '37011420160808007',
    {
      household: { head: 'father', headName: '吴立磊', address: HOME, inDowntown: true },
      residence: owned('father', '吴立磊'),
    },
  );
  const checks = [
    check('household', 'pending'),
    check('property', 'pending'),
    check('birth-certificate', 'pending'),
  ];

  it('continues manually: nothing backfilled, every photo asked', () => {
    expect(applyVerification(draft, checks, []).backfilled).toEqual({});
    expect(run(draft, context, checks)).toEqual({
      category: 'household-property-match',
      eligibility: { eligible: true },
      materials: [
        { id: 'household-register', anyOf: ['household-register'] },
        { id: 'property-certificate', anyOf: ['property-certificate'] },
      ],
      problems: [],
    });
  });
});
