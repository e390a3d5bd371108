/** Shared test data: invented people, checksum-valid numbers, the 2022 season (mock/seed). */
import type { VerificationCheck, VerificationSource } from '@contract';
import { computeCheckDigit } from '../identity/check-digit';
import type { EnrollmentContext, EnrollmentDraft } from './draft';
import { requiredMaterials } from './materials';

/** Completes an invented 17-digit body with its GB 11643 check character. */
export function withCheckDigit(body: string): string {
  return body + computeCheckDigit(body);
}

export const TODAY = '2022-07-01';
export const BIRTH_RANGE = { from: '2015-09-01', to: '2016-08-31' };
/** The seeded parent 'p-all-verified' (李明轩, a man). */
export const APPLICANT = { idNumber: '370102198603140132', mobile: '13900000001' };
export const CONTEXT: EnrollmentContext = {
  today: TODAY,
  birthRange: BIRTH_RANGE,
  applicant: APPLICANT,
};

/** A boy born 2016-03-15 (odd 17th digit). */
export const CHILD_ID = withCheckDigit('37010220160315001');
/** A woman born 1988-05-12 (even 17th digit). */
export const MOTHER_ID = withCheckDigit('37010219880512002');
export const HOME = '济南市历下区泉城路100号1号楼1单元101室';
export const OTHER_HOME = '济南市市中区经十路200号2号楼2单元202室';
export const CERTIFICATE = '鲁(2021)济南市不动产权第0123456号';

/** A draft that passes every rule: father registers, household and home both his. */
export function completeDraft(): EnrollmentDraft {
  return {
    child: {
      name: '李小明',
      idType: 'resident-id',
      idNumber: CHILD_ID,
      ethnicity: '01',
      contactMobile: APPLICANT.mobile,
    },
    guardian: { applicantRole: 'father', otherParent: null },
    household: { head: 'father', headName: '李明轩', address: HOME, inDowntown: true },
    residence: {
      kind: 'owned',
      certificateType: 'real-estate-certificate',
      certificateNumber: CERTIFICATE,
      owner: 'father',
      ownerName: '李明轩',
      sharePercent: 100,
      address: HOME,
    },
    schoolId: 'school-lixia-1',
  };
}

/** A verification check in the given state. */
export function check(
  source: VerificationSource,
  status: VerificationCheck['status'] = 'verified',
  values: Record<string, string> = {},
): VerificationCheck {
  return { source, status, recordDate: status === 'verified' ? '2022-06-01' : null, values };
}

/** A complete draft whose household and residence answers are changed by the given ones. */
export function withFamily(
  household: NonNullable<EnrollmentDraft['household']>,
  residence: NonNullable<EnrollmentDraft['residence']>,
): EnrollmentDraft {
  const draft = completeDraft();
  return {
    ...draft,
    household: { ...draft.household, ...household },
    residence: { ...draft.residence, ...residence },
  };
}

/** The ids of the materials a draft needs, by default with household and property verified. */
export function materialIds(
  draft: EnrollmentDraft,
  checks = [check('household'), check('property')],
  disputed: string[] = [],
): string[] {
  return requiredMaterials(draft, checks, disputed).map((requirement) => requirement.id);
}
