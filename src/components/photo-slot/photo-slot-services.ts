import { uploadPhoto, type UploadTask } from '@/api/upload-api';
import type {
  PhotoJob,
  PickedPhoto,
  PickOptions,
  PreparedPhoto,
} from '@/platform/images/photo-file';
import { pickPhotos } from '@/platform/images/pick-photos';
import {
  CAN_TURN_PHOTOS,
  loadPhotoPipeline,
  preparePhoto,
  releasePhoto,
} from '@/platform/images/prepare-photo';

/** What the photo slot needs from the platform and the gateway; tests pass their own. */
export interface PhotoSlotServices {
  pick(options: PickOptions): Promise<PickedPhoto[]>;
  prepare(picked: PickedPhoto): PhotoJob;
  upload(photo: PreparedPhoto, onProgress: (fraction: number) => void): UploadTask;
  release(photo: Pick<PreparedPhoto, 'previewUrl'>): void;
  /** Whether `prepare` applies a picked photo's quarter turns (the H5 canvas can). */
  canTurn: boolean;
}

/** The real services: the platform's picker and compressor, the gateway's upload. */
export const photoSlotServices: PhotoSlotServices = {
  pick(options) {
    // The compressor comes while the parent chooses (it is not part of showing the page).
    loadPhotoPipeline().catch(() => undefined);
    return pickPhotos(options);
  },
  prepare: preparePhoto,
  upload: (photo, onProgress) => uploadPhoto(photo, { onProgress }),
  release: releasePhoto,
  canTurn: CAN_TURN_PHOTOS,
};
