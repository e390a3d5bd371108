/**
 * 登记信息与上传材料对照表 (FAQ 11, last paragraph) as data: each row is requiredMaterials run over
 * a representative draft, so the table shown to parents and the rules cannot disagree.
 */
import type { MaterialKind, VerificationCheck, VerificationSource } from '@contract';
import type { EnrollmentDraft, ResidenceDraft } from './draft';
import { requiredMaterials } from './materials';

export type MaterialsSituation =
  | 'owned-home'
  | 'purchase-contract'
  | 'rented-home'
  | 'owner-parent-household-other-parent'
  | 'owner-paternal-grandparent-household-elsewhere'
  | 'owner-maternal-grandparent-household-elsewhere'
  | 'migrant-employed'
  | 'migrant-self-employed'
  | 'all-verified'
  | 'disputed-backfill';

export interface MaterialsTableCase {
  situation: MaterialsSituation;
  draft: EnrollmentDraft;
  checks: VerificationCheck[];
  disputedFields: string[];
}

export interface MaterialsTableRow {
  situation: MaterialsSituation;
  /** Groups of alternatives: one material of each group is needed. */
  materials: MaterialKind[][];
}

const HOME = '济南市历下区泉城路100号1号楼1单元101室';
const ELSEWHERE = '济南市市中区经十路200号2号楼2单元202室';

function owned(home: ResidenceDraft): ResidenceDraft {
  return { kind: 'owned', certificateType: 'real-estate-certificate', address: HOME, ...home };
}

function local(head: EnrollmentDraft['household'], home: ResidenceDraft): EnrollmentDraft {
  return { household: { address: HOME, inDowntown: true, ...head }, residence: home };
}

function migrant(livelihood: 'employed' | 'self-employed'): EnrollmentDraft {
  return {
    household: { head: 'father', address: '河南省郑州市金水区花园路1号', inDowntown: false },
    residence: { kind: 'rented', address: HOME },
    migrant: { livelihood },
  };
}

function verified(source: VerificationSource, values: Record<string, string> = {}) {
  return { source, status: 'verified' as const, recordDate: '2022-06-01', values };
}

const ALL_VERIFIED: VerificationCheck[] = [
  verified('household', { 'household.address': HOME }),
  verified('property', { 'residence.address': HOME }),
  verified('birth-certificate'),
];

const FATHER_OWNS = local({ head: 'father' }, owned({ owner: 'father' }));

/** The representative drafts behind each row; tests re-run the rules over them. */
export const MATERIALS_TABLE_CASES: readonly MaterialsTableCase[] = [
  { situation: 'owned-home', draft: FATHER_OWNS, checks: [], disputedFields: [] },
  {
    situation: 'purchase-contract',
    draft: local(
      { head: 'father' },
      owned({ owner: 'father', certificateType: 'purchase-contract' }),
    ),
    checks: [],
    disputedFields: [],
  },
  {
    situation: 'rented-home',
    draft: local({ head: 'father' }, { kind: 'rented', address: HOME }),
    checks: [],
    disputedFields: [],
  },
  {
    situation: 'owner-parent-household-other-parent',
    draft: local({ head: 'mother' }, owned({ owner: 'father' })),
    checks: [],
    disputedFields: [],
  },
  {
    situation: 'owner-paternal-grandparent-household-elsewhere',
    draft: local({ head: 'father', address: ELSEWHERE }, owned({ owner: 'paternal-grandmother' })),
    checks: [],
    disputedFields: [],
  },
  {
    situation: 'owner-maternal-grandparent-household-elsewhere',
    draft: local({ head: 'mother', address: ELSEWHERE }, owned({ owner: 'maternal-grandmother' })),
    checks: [],
    disputedFields: [],
  },
  { situation: 'migrant-employed', draft: migrant('employed'), checks: [], disputedFields: [] },
  {
    situation: 'migrant-self-employed',
    draft: migrant('self-employed'),
    checks: [],
    disputedFields: [],
  },
  { situation: 'all-verified', draft: FATHER_OWNS, checks: ALL_VERIFIED, disputedFields: [] },
  {
    situation: 'disputed-backfill',
    draft: FATHER_OWNS,
    checks: ALL_VERIFIED,
    disputedFields: ['household.address'],
  },
];

/** Builds one table row by running the materials rules (FAQ 11), never by hand. */
export function materialsTableRow(entry: MaterialsTableCase): MaterialsTableRow {
  const requirements = requiredMaterials(entry.draft, entry.checks, entry.disputedFields);
  return { situation: entry.situation, materials: requirements.map((r) => [...r.anyOf]) };
}

/** The 登记信息与上传材料对照表 shown to parents (FAQ 11; PRODUCT.md, Materials). */
export const MATERIALS_TABLE: readonly MaterialsTableRow[] =
  MATERIALS_TABLE_CASES.map(materialsTableRow);
