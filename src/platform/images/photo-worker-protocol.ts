/** Messages between the page and the photo preparation worker (photo-prep.worker.ts). */
import type { PhotoProblem } from '@/domain/photos/photo-rules';

export type ToWorker =
  | { type: 'probe' }
  | {
      type: 'prepare';
      id: number;
      blob: Blob;
      declaredType: string;
      byteLength: number;
      quarterTurns: number;
    }
  | { type: 'cancel'; id: number };

export interface WorkerPhoto {
  blob: Blob;
  mimeType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  borderline: boolean;
  sha256: string;
}

export type FromWorker =
  | { type: 'probe'; ready: boolean }
  | { type: 'prepared'; id: number; photo: WorkerPhoto }
  | { type: 'refused'; id: number; problem: PhotoProblem | 'cancelled' };
