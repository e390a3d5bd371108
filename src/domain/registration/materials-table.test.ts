import type { MaterialKind } from '@contract';
import { requiredMaterials } from './materials';
import { MATERIALS_TABLE, MATERIALS_TABLE_CASES } from './materials-table';

const ALL_KINDS: MaterialKind[] = [
  'household-register',
  'property-certificate',
  'purchase-contract',
  'rental-contract',
  'birth-medical-certificate',
  'marriage-certificate',
  'father-birth-certificate',
  'one-child-certificate',
  'household-index-page',
  'police-kinship-certificate',
  'residence-permit',
  'employment-proof',
  'business-licence',
  'social-insurance-record',
  'correction-evidence',
];

describe('MATERIALS_TABLE', () => {
  it('agrees with the rules for every representative draft', () => {
    MATERIALS_TABLE_CASES.forEach((entry, index) => {
      const rules = requiredMaterials(entry.draft, entry.checks, entry.disputedFields);
      expect(MATERIALS_TABLE[index]).toEqual({
        situation: entry.situation,
        materials: rules.map((requirement) => requirement.anyOf),
      });
    });
  });

  it('shows every material kind of the catalogue somewhere', () => {
    const shown = new Set(MATERIALS_TABLE.flatMap((row) => row.materials.flat()));
    expect(ALL_KINDS.filter((kind) => !shown.has(kind))).toEqual([]);
  });

  it('reads as the FAQ describes it', () => {
    const row = (situation: string) =>
      MATERIALS_TABLE.find((r) => r.situation === situation)?.materials;
    expect(row('owned-home')).toEqual([['household-register'], ['property-certificate']]);
    expect(row('owner-parent-household-other-parent')).toEqual([
      ['household-register'],
      ['property-certificate'],
      ['birth-medical-certificate', 'marriage-certificate'],
    ]);
    expect(row('owner-paternal-grandparent-household-elsewhere')?.[2]).toEqual([
      'father-birth-certificate',
      'one-child-certificate',
      'household-index-page',
      'police-kinship-certificate',
    ]);
    expect(row('migrant-employed')).toEqual([
      ['household-register'],
      ['rental-contract'],
      ['residence-permit'],
      ['employment-proof'],
      ['social-insurance-record'],
    ]);
    expect(row('all-verified')).toEqual([]);
    expect(row('disputed-backfill')).toEqual([['correction-evidence']]);
  });

  it('has one row per situation', () => {
    const situations = MATERIALS_TABLE.map((row) => row.situation);
    expect(new Set(situations).size).toBe(situations.length);
  });
});
