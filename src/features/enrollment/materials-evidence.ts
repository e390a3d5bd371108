import type { MaterialInfo } from '@contract';
import type { MaterialsEvidence } from '@/domain/enrollment/section-status';
import type { Enrollment } from './use-enrollment';

/** What the materials rules judge by: verification results, disputes, uploads, photo counts. */
export function materialsEvidence(
  enrollment: Enrollment,
  catalogue: MaterialInfo[],
): MaterialsEvidence {
  return {
    checks: enrollment.record.verification?.checks ?? [],
    disputedFields: enrollment.record.disputed,
    uploads: enrollment.record.uploads,
    minPhotos: Object.fromEntries(catalogue.map((info) => [info.kind, info.minPhotos])),
  };
}
