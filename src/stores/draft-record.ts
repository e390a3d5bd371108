import type {
  MaterialKind,
  Subsystem,
  UploadRef,
  VerificationCheck,
  VerificationStatus,
} from '@contract';
import type { EnrollmentDraft } from '@/domain/registration/draft';

/** The last known state of the draft's big-data verification job (FAQ 5, 9). */
export interface VerificationSnapshot {
  id: string;
  /** 'failed': the gateway could not be asked (network, 5xx); the parent may retry. */
  status: VerificationStatus | 'failed';
  progress: number;
  checks: VerificationCheck[];
  /** The identifiers the job was started with; a change means a new job. */
  requestKey: string;
}

/** One registration being filled on this device (FAQ 7): answers, verification, photos. */
export interface DraftRecord {
  id: string;
  subsystem: Subsystem;
  /** What the parent typed; verified values are laid over it when shown (never stored twice). */
  answers: EnrollmentDraft;
  verification: VerificationSnapshot | null;
  /** Answer paths the parent marked "this is wrong" after an automatic backfill. */
  disputed: string[];
  /** Upload references by material requirement id; never image data (FAQ 12). */
  uploads: Partial<Record<string, UploadRef[]>>;
  /** Which of a requirement's alternative documents the parent chose to photograph (FAQ 11). */
  materialKinds: Partial<Record<string, MaterialKind>>;
  /** Created when the parent first submits; kept so a retry cannot register twice (FAQ 8). */
  idempotencyKey: string | null;
  /**
   * The returned registration this draft corrects (FAQ 14): its submit carries `replaces`. Kept
   * with the draft on the device and the gateway, so a reload or another phone changes nothing.
   */
  replaces?: string | null;
  /**
   * True while the parent has answered nothing: such a draft lives in memory only, is never
   * written anywhere and never listed, so a page opened (or left in the stack) makes no draft.
   */
  unstarted?: boolean;
  /** The gateway version this copy is based on (null: never saved there); sent as If-Match. */
  serverVersion: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A server-queue entry, replayed in order when the network is back (FAQ 7). */
export interface QueueOp {
  kind: 'put' | 'delete';
  id: string;
}
