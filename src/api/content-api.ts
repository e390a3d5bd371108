import type { FaqEntry, Notice, NoticeSummary } from '@contract';
import { gateway } from './gateway-client';
import { hasStrings, isRecord, isStringList, listOf } from './wire-guards';

function isNoticeSummary(value: unknown): value is NoticeSummary {
  return hasStrings(value, ['id', 'title', 'publishedOn'] as const);
}

function isNotice(value: unknown): value is Notice {
  return isNoticeSummary(value) && isRecord(value) && isStringList(value.paragraphs);
}

function isFaqEntry(value: unknown): value is FaqEntry {
  return (
    isRecord(value) &&
    typeof value.number === 'number' &&
    typeof value.question === 'string' &&
    isStringList(value.answer)
  );
}

/** Lists the notices (通知公告) shown on the home page. */
export function fetchNotices(): Promise<NoticeSummary[]> {
  return gateway().call({
    method: 'GET',
    path: '/notices',
    parse: (data) => listOf(data, isNoticeSummary),
  });
}

/** Loads one notice; its id comes from the list, never from personal data. */
export function fetchNotice(id: string): Promise<Notice> {
  return gateway().call({
    method: 'GET',
    path: `/notices/${encodeURIComponent(id)}`,
    parse: (data) => (isNotice(data) ? data : null),
  });
}

/** Loads the FAQ, the official answers the app is built from. */
export function fetchFaq(): Promise<FaqEntry[]> {
  return gateway().call({ method: 'GET', path: '/faq', parse: (data) => listOf(data, isFaqEntry) });
}
