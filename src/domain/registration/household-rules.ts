import { checkAddress } from './address';
import { checkChoice, type FieldRules } from './field-rule';
import { KINS } from './kinship';
import { checkPersonName } from './person-name';

/** The household register questions (PRODUCT.md, Household registration; FAQ 2). */
export const HOUSEHOLD_RULES: FieldRules = {
  'household.head': (draft) => checkChoice(draft.household?.head, KINS),
  // Household registers are kept in Chinese characters, whatever documents the family holds.
  'household.headName': (draft) => checkPersonName(draft.household?.headName, 'han'),
  'household.address': (draft) =>
    checkAddress(draft.household?.address, draft.household?.inDowntown === true),
  'household.inDowntown': (draft) => checkChoice(draft.household?.inDowntown, [true, false]),
};
