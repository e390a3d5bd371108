import type { VerificationRequest } from '@contract';
import type { EnrollmentDraft } from './draft';
import { validateIdDocument } from '../identity/id-document';
import { migrantSectionNeed } from './category';
import { normalizeCertificateNumber } from './property-certificate';

/**
 * The identifiers big-data verification needs (FAQ 5), once the child's ID is valid; null before.
 * A change of any identifier means a new verification job.
 */
export function verificationRequestFor(
  draft: EnrollmentDraft,
  today: string,
): VerificationRequest | null {
  const child = draft.child;
  if (!child?.idType || !child.idNumber || !child.name) return null;
  const id = validateIdDocument(child.idType, child.idNumber, today);
  if (!id.ok) return null;
  const residence = draft.residence;
  const status = draft.student?.statusNumber?.trim().toUpperCase();
  return {
    // Transfer students' status numbers let the gateway check the student register (学籍).
    ...(status ? { studentStatusNumber: status } : {}),
    childIdNumber: id.value,
    childName: child.name.trim(),
    propertyCertificateNumber:
      residence?.kind === 'owned' && residence.certificateNumber
        ? normalizeCertificateNumber(residence.certificateNumber)
        : null,
    // Only families outside downtown are asked for a residence permit (FAQ 10).
    residencePermitNumber:
      migrantSectionNeed(draft) === 'needed'
        ? draft.migrant?.residencePermitNumber?.trim() || null
        : null,
  };
}

/** A stable key for a request, to tell whether a job was started with the same identifiers. */
export function verificationRequestKey(request: VerificationRequest): string {
  return [
    request.childIdNumber,
    request.childName,
    request.propertyCertificateNumber ?? '',
    request.residencePermitNumber ?? '',
    request.studentStatusNumber ?? '',
  ].join('|');
}
