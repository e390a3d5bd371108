/** Document photos (FAQ 12). Drafts and registrations hold these references, never image data. */
import type * as v from 'valibot';
import type { UploadRefSchema } from './schemas/answers';

/** Largest upload the gateway accepts: 5 MB (FAQ 12). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Image types the gateway accepts; the client always sends JPEG after compressing. */
export const UPLOAD_MIME_TYPES = ['image/jpeg', 'image/png'] as const;

/** `POST /uploads` answer: what the gateway stored. */
export type UploadRef = v.InferOutput<typeof UploadRefSchema>;
