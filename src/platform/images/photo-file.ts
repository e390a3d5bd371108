/**
 * Photos as each platform holds them (FAQ 12). Only these handles travel between picking,
 * compressing and uploading; drafts and registrations keep the gateway's UploadRef instead.
 */
import type { PhotoProblem } from '@/domain/photos/photo-rules';

/** A Blob in the H5 light app; a temporary file path in the mini-program. */
export type PhotoFile = { kind: 'blob'; blob: Blob } | { kind: 'path'; path: string };

/** What the parent chose, before any check. */
export interface PickedPhoto {
  file: PhotoFile;
  name: string;
  /** The type the picker declared; may be wrong or empty (the bytes decide). */
  declaredType: string;
  byteLength: number;
  /** Clockwise quarter turns (0-3) the parent asked for in the preview, applied before upload. */
  quarterTurns?: number;
}

/**
 * A checked, upright photo ready to upload: a compressed JPEG, or the parent's own JPEG or PNG
 * stripped of its metadata when that is already within every limit (or smaller).
 */
export interface PreparedPhoto {
  file: PhotoFile;
  mimeType: 'image/jpeg' | 'image/png';
  bytes: number;
  width: number;
  height: number;
  /** Legible only perhaps: the parent is asked to zoom in on the preview and check. */
  maybeBlurry?: boolean;
  /**
   * Hex SHA-256 of the bytes to upload, as the gateway's UploadRef.sha256 will say: the same photo
   * chosen twice is refused before it is sent. Absent where the bytes could not be read back.
   */
  sha256?: string;
  /** Something an Image component can show: an object URL (H5) or the temporary path (weapp). */
  previewUrl: string;
}

export type PrepareResult =
  | { ok: true; photo: PreparedPhoto }
  | { ok: false; problem: PhotoProblem | 'cancelled' | 'offline' };

/** A preparation in progress: its result, and a way to stop it between steps. */
export interface PhotoJob {
  result: Promise<PrepareResult>;
  cancel(): void;
}

export interface PickOptions {
  source: 'camera' | 'album';
  /** How many photos the parent may still add. */
  count: number;
}
