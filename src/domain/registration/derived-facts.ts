import type { IdDocumentType, Sex } from '@contract';
import { validateIdDocument } from '../identity/id-document';
import type { EnrollmentDraft } from './draft';

export interface DerivedFacts {
  sex: Sex;
  birthDate: string;
}

// 18-character numbers (GB 11643-1999 layout) encode birth date and sex; travel permits do not.
const ENCODING_TYPES: readonly IdDocumentType[] = ['resident-id', 'hmt-residence-permit'];

/** Whether sex and birth date must be asked: only for permits that do not encode them (GB 11643). */
export function idTypeAsksFacts(idType: IdDocumentType | undefined): boolean {
  // Until a type is chosen the form assumes a resident ID, the common case (PRODUCT.md, Child).
  return idType !== undefined && !ENCODING_TYPES.includes(idType);
}

/** Reads sex and birth date from a resident ID or residence permit (GB 11643-1999); else null. */
export function deriveFromId(
  idType: IdDocumentType | undefined,
  idNumber: string | undefined,
  today: string,
): DerivedFacts | null {
  if (idType === undefined || idNumber === undefined || idTypeAsksFacts(idType)) return null;
  const result = validateIdDocument(idType, idNumber, today);
  if (!result.ok || result.sex === undefined || result.birthDate === undefined) return null;
  return { sex: result.sex, birthDate: result.birthDate };
}

/** The child's sex and birth date as the ID states them: the derived facts win (PRODUCT.md). */
export function withDerivedFacts(draft: EnrollmentDraft, today: string): EnrollmentDraft {
  const child = draft.child;
  const facts = deriveFromId(child?.idType, child?.idNumber, today);
  if (child === undefined || facts === null) return draft;
  if (child.sex === facts.sex && child.birthDate === facts.birthDate) return draft;
  return { ...draft, child: { ...child, ...facts } };
}
