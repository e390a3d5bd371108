/**
 * `POST /uploads`: a document photo (FAQ 12). Needs a session; refuses more than 5 MB (413
 * UPLOAD_TOO_LARGE) and anything that is not a readable JPEG or PNG by its bytes (415
 * UPLOAD_NOT_IMAGE), whatever the client claims; answers the reference drafts keep.
 */
import { MAX_UPLOAD_BYTES, UPLOADS_PER_PARENT, type UploadRef } from '../../types';
import { sha256Hex } from '../../types/upload-digest';
import { windowPhase, windowRefusalCode } from '../model/windows';
import { readImageFacts } from '../model/image-bytes';
import { requireSession, type HandlerContext, type Route } from './context';
import { countUploads, nextUploadId, saveUpload } from '../model/uploads';
import { failReply, okReply, type MockReply } from '../reply';
import { readUploadBytes } from './upload-body';

function acceptUpload(ctx: HandlerContext): MockReply {
  const session = requireSession(ctx);
  if ('kind' in session) return session;
  // Photos serve registrations only: accepted while either subsystem's window is open.
  const now = ctx.clock.now();
  const phases = [ctx.state.windows.enrollment, ctx.state.windows.transfer].map((window) =>
    windowPhase(window, now),
  );
  if (!phases.includes('open')) {
    // Before both windows, or after both (or between them): say the nearer truth.
    const refusal = windowRefusalCode(phases.includes('before') ? 'before' : 'closed');
    if (refusal) return failReply(ctx.clock, 409, refusal);
  }
  if (countUploads(ctx.state, session.parentId) >= UPLOADS_PER_PARENT) {
    return failReply(ctx.clock, 429, 'RATE_LIMITED', { detail: 'upload quota reached' });
  }
  const bytes = readUploadBytes(ctx.req);
  if (bytes && bytes.length > MAX_UPLOAD_BYTES) {
    return failReply(ctx.clock, 413, 'UPLOAD_TOO_LARGE', { detail: `${bytes.length} bytes` });
  }
  const facts = bytes && bytes.length > 0 ? readImageFacts(bytes) : null;
  if (!bytes || !facts) {
    return failReply(ctx.clock, 415, 'UPLOAD_NOT_IMAGE', { detail: 'not a JPEG or PNG' });
  }
  const ref: UploadRef = {
    id: nextUploadId(),
    bytes: bytes.length,
    width: facts.width,
    height: facts.height,
    sha256: sha256Hex(bytes),
    mimeType: facts.mimeType,
  };
  saveUpload(ctx.state, { ...ref, parentId: session.parentId, uploadedAt: ctx.clock.now() });
  return okReply(ctx.clock, ref, 201);
}

export const UPLOAD_ROUTES: Route[] = [
  { method: 'POST', pattern: '/uploads', handler: acceptUpload },
];
