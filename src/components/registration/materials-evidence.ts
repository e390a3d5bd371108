import type { MaterialInfo } from '@contract';
import type { MaterialsEvidence } from '@/domain/registration/section-status';
import type { RegistrationForm } from './use-registration';

/** What the materials rules judge by: verification results, disputes, uploads, photo counts. */
export function materialsEvidence(
  form: RegistrationForm,
  catalogue: MaterialInfo[],
): MaterialsEvidence {
  return {
    checks: form.record.verification?.checks ?? [],
    disputedFields: form.record.disputed,
    uploads: form.record.uploads,
    minPhotos: Object.fromEntries(catalogue.map((info) => [info.kind, info.minPhotos])),
  };
}
