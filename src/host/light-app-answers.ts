import { classifyHostFailure, type TicketFailure } from './host-bridge';

/** What a `user.getTicket` or `user.loginapp` answer means (HOST.md, "Callbacks answer strings"). */
export type TicketAnswer =
  { ok: true; ticket: string } | { ok: false; reason: Exclude<TicketFailure, 'choose-parent'> };

const PLAIN_STRINGS = new Map<string, Exclude<TicketFailure, 'choose-parent'>>([
  ['未登录', 'not-logged-in'],
  ['取消登录', 'cancelled'],
  ['用户拒绝授权', 'refused'],
]);

const SUCCESS_RETCODE = '000000';
// Tickets are short opaque tokens; anything huge is not one and must not reach the gateway.
const MAX_TICKET_LENGTH = 2048;
// JSON inside JSON inside a string: two levels are known, a few more are tolerated, no more.
const MAX_DEPTH = 4;

const UNAVAILABLE: TicketAnswer = { ok: false, reason: 'unavailable' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isTicket(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_TICKET_LENGTH &&
    // Printable ASCII only: a ticket travels in a JSON body and is compared byte for byte.
    /^[\x21-\x7e]+$/.test(value)
  );
}

/** `{ ticket, usertype }` (the envelope's data) or the older `{ type, ticket }`. */
function readTicketRecord(record: Record<string, unknown>): TicketAnswer {
  if (!isTicket(record.ticket)) return UNAVAILABLE;
  const userType = record.usertype ?? record.type;
  // Only a ticket-bearing answer speaks for an account: a bare `type` could mean anything.
  if (userType !== undefined && userType !== null && String(userType) !== '1') {
    return { ok: false, reason: 'legal-person' };
  }
  return { ok: true, ticket: record.ticket };
}

function readAnswer(answer: unknown, depth: number): TicketAnswer {
  if (depth > MAX_DEPTH) return UNAVAILABLE;
  if (typeof answer === 'string') {
    const text = answer.trim();
    const plain = PLAIN_STRINGS.get(text);
    if (plain) return { ok: false, reason: plain };
    const parsed = parseJson(text);
    if (isRecord(parsed) || typeof parsed === 'string') return readAnswer(parsed, depth + 1);
    // Not JSON: a failure phrase some other way ("not logged in"), or nothing we know.
    return { ok: false, reason: narrow(classifyHostFailure(text)) };
  }
  if (!isRecord(answer)) return UNAVAILABLE;
  if ('retcode' in answer) {
    // A failed envelope may still say why (msg "未登录"); otherwise it is simply unavailable.
    if (String(answer.retcode) !== SUCCESS_RETCODE) return readTicketFailure(answer);
    const data = typeof answer.data === 'string' ? parseJson(answer.data) : answer.data;
    return isRecord(data) ? readTicketRecord(data) : UNAVAILABLE;
  }
  return readTicketRecord(answer);
}

function narrow(reason: TicketFailure): Exclude<TicketFailure, 'choose-parent'> {
  return reason === 'choose-parent' ? 'unavailable' : reason;
}

/**
 * Reads what `success` of `user.getTicket` / `user.loginapp` received: a plain object, a JSON
 * string, the `retcode` envelope whose `data` is a JSON string (or an object), the older
 * `{ type, ticket }`, or one of the plain strings '未登录', '取消登录', '用户拒绝授权'. A person
 * (type 1) yields the ticket; any other account type is a legal-person account; anything else is
 * a safe failure.
 */
export function readTicketAnswer(answer: unknown): TicketAnswer {
  return readAnswer(answer, 0);
}

/** Reads what `fail` received: a string or an object with errMsg, message or msg. */
export function readTicketFailure(error: unknown): TicketAnswer {
  const plain = typeof error === 'string' ? PLAIN_STRINGS.get(error.trim()) : undefined;
  return { ok: false, reason: plain ?? narrow(classifyHostFailure(error)) };
}
