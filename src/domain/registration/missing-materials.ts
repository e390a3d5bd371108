import type { MaterialKind, UploadRef } from '@contract';
import type { MaterialRequirement } from './material-requirement';

/** Photos per copy from the catalogue (`GET /materials` minPhotos), by kind. */
export type MinPhotosByKind = Partial<Record<MaterialKind, number>>;

export interface MissingMaterial extends MaterialRequirement {
  /** Photos uploaded so far under this requirement's id. */
  uploaded: number;
  /** Photos this requirement needs at least. */
  needed: number;
}

// A kind missing from the catalogue still needs one photo: never zero, never a silent pass.
const DEFAULT_MIN_PHOTOS = 1;

/** Photos a requirement needs: the most lenient alternative, since any one of them will do. */
export function photosNeeded(requirement: MaterialRequirement, minPhotos: MinPhotosByKind): number {
  const counts = requirement.anyOf.map((kind) => minPhotos[kind] ?? DEFAULT_MIN_PHOTOS);
  return Math.max(DEFAULT_MIN_PHOTOS, Math.min(...counts));
}

/** The requirements still short of photos, so submit can point at them (FAQ 11, 12). */
export function missingMaterials(
  requirements: readonly MaterialRequirement[],
  uploads: Partial<Record<string, UploadRef[]>>,
  minPhotos: MinPhotosByKind,
): MissingMaterial[] {
  return requirements.flatMap((requirement) => {
    const uploaded = uploads[requirement.id]?.length ?? 0;
    const needed = photosNeeded(requirement, minPhotos);
    return uploaded >= needed ? [] : [{ ...requirement, uploaded, needed }];
  });
}
