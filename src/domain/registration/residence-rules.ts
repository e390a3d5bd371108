import { checkAddress } from './address';
import { checkChoice, type FieldRules } from './field-rule';
import { KINS } from './kinship';
import { checkPersonName } from './person-name';
import { checkCertificateNumber, PROPERTY_CERTIFICATE_TYPES } from './property-certificate';

const RESIDENCE_KINDS = ['owned', 'rented', 'other'] as const;
const MIN_SHARE = 1;
const MAX_SHARE = 100;

/** The residence and property questions (PRODUCT.md, Residence and property; FAQ 6, 11). */
export const RESIDENCE_RULES: FieldRules = {
  'residence.kind': (draft) => checkChoice(draft.residence?.kind, RESIDENCE_KINDS),
  'residence.certificateType': (draft) =>
    checkChoice(draft.residence?.certificateType, PROPERTY_CERTIFICATE_TYPES),
  'residence.certificateNumber': (draft, context) => {
    const type = draft.residence?.certificateType;
    // Without a valid type the number cannot be judged; the type question reports the problem.
    if (type === undefined || !PROPERTY_CERTIFICATE_TYPES.includes(type)) return null;
    return checkCertificateNumber(type, draft.residence?.certificateNumber, context.today);
  },
  'residence.owner': (draft) => checkChoice(draft.residence?.owner, KINS),
  // An owner may hold a foreign passport or a permit: Latin letters are allowed.
  'residence.ownerName': (draft) => checkPersonName(draft.residence?.ownerName, 'han-or-latin'),
  'residence.sharePercent': (draft) => {
    const share = draft.residence?.sharePercent;
    if (share === undefined || share === null) return 'required';
    if (typeof share !== 'number' || !Number.isFinite(share)) return 'format';
    return share >= MIN_SHARE && share <= MAX_SHARE ? null : 'range';
  },
  'residence.address': (draft) => checkAddress(draft.residence?.address, false),
};
