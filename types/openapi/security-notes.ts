/** The security notes a gateway team builds from; part of the OpenAPI document's description. */
import { DRAFT_PAYLOAD_LIMIT } from '../drafts';
import { LIST_LIMITS, MAX_JSON_BODY_BYTES, TEXT_LIMITS, UPLOADS_PER_PARENT } from '../limits';
import { MAX_UPLOAD_BYTES } from '../uploads';

export const SECURITY_NOTES = {
  session: [
    'POST /session exchanges a one-time host ticket (Love Shandong, Quancheng Office, weapp ' +
      'login code) for an opaque token, sent as X-Session-Token on every other call. A ticket ' +
      'is accepted once; a replay is TICKET_REJECTED. GET /config is the one public call: it ' +
      'needs no token.',
    'The token is valid until `expiresAt` (gateway clock). Any call may answer 401 ' +
      'SESSION_EXPIRED; the client then asks the host for a new ticket, signs on again and ' +
      'repeats the call once. DELETE /session ends the token at once.',
    '`storageKey` is 32 random bytes in standard base64 (RFC 4648, with padding): the AES-256-GCM ' +
      "key for this parent's drafts on the device. The same for every session of the parent " +
      'within a season; rotated per season (old device copies then cannot be opened and are ' +
      'discarded; the gateway copy of a draft survives). Never logged, never stored by the client.',
    'There is no development host in production: only ishandong, quancheng and weapp tickets.',
  ],
  idempotency: [
    'POST /registrations needs an Idempotency-Key header of 1-200 characters.',
    'Scope: the pair (parent, key). Another parent using the same key makes a separate request.',
    'Fingerprint: the request body as canonical JSON (keys sorted, no insignificant whitespace). ' +
      'The same key with the same fingerprint answers the first registration again with header ' +
      'Idempotent-Replayed: true; with another fingerprint it is refused (422, field ' +
      'Idempotency-Key, reason `reused`).',
    'Retention: for the season, until 30 days after the last window closes; a key is never ' +
      'reused for a different registration within that time.',
  ],
  uploads: [
    'POST /uploads takes raw JPEG or PNG bytes, at most ' +
      `${MAX_UPLOAD_BYTES} bytes. The ` +
      'gateway decodes the image completely (a JPEG must reach its end marker with scan data; a ' +
      'PNG must inflate to exactly its declared size) and answers what it stored.',
    "An upload belongs to the parent who sent it. A submission may cite only this parent's " +
      'upload ids (another id is `unknown-upload` at materials.<kind>); the gateway reads only ' +
      'the id and keeps its own stored size, dimensions, type and SHA-256.',
    `Uploads are accepted only while a window is open, at most ${UPLOADS_PER_PARENT} per parent ` +
      'per season (429 RATE_LIMITED beyond).',
  ],
  limits: [
    `JSON bodies: at most ${MAX_JSON_BODY_BYTES} bytes (413, field body, reason too-large).`,
    `Text answers: names ${TEXT_LIMITS.name}, addresses ${TEXT_LIMITS.address}, document ` +
      `numbers ${TEXT_LIMITS.number}, codes and ids ${TEXT_LIMITS.code}, free notes ` +
      `${TEXT_LIMITS.note} characters (reason too-long).`,
    `Lists: at most ${LIST_LIMITS.photosPerMaterial} photos per material and ` +
      `${LIST_LIMITS.disputedFields} disputed fields (reason too-many).`,
    `Drafts: a payload of at most ${DRAFT_PAYLOAD_LIMIT} characters of JSON.`,
  ],
  registrations: [
    'A registration needs the parent-child link found in the department records (household ' +
      'register or birth certificate). Without it the registration is kept unverified: it does ' +
      "not block another parent's registration of the same child until a reviewer accepts it.",
    'The transfer status number (全国学籍号) G + resident ID must pass the GB 11643 check ' +
      "character and be the student's own ID number.",
    "Every submission carries the parent's declaration (field `declaration`); the gateway keeps " +
      'it with the registration.',
    'Personal data (ID numbers, names, phones, addresses) never appears in a URL or a log line.',
  ],
};

/** The notes as Markdown, for the document's description. */
export function securityNotesMarkdown(): string {
  const section = (title: string, lines: string[]) =>
    `### ${title}\n\n${lines.map((line) => `- ${line}`).join('\n')}`;
  return [
    section('Session and renewal', SECURITY_NOTES.session),
    section('Idempotency', SECURITY_NOTES.idempotency),
    section('Upload ownership', SECURITY_NOTES.uploads),
    section('Limits and quotas', SECURITY_NOTES.limits),
    section('Registrations', SECURITY_NOTES.registrations),
  ].join('\n\n');
}
