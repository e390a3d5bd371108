import {
  FaqEntrySchema,
  NoticeSchema,
  NoticeSummarySchema,
  type FaqEntry,
  type Notice,
  type NoticeSummary,
} from '@contract';
import { gateway } from './gateway-client';
import { parseList, parserOf } from './enrollment-parsers';

const parseNotice = parserOf(NoticeSchema);

/** Lists the notices (通知公告) shown on the home page. */
export function fetchNotices(): Promise<NoticeSummary[]> {
  return gateway().call({
    method: 'GET',
    path: '/notices',
    parse: parseList(parserOf(NoticeSummarySchema)),
  });
}

/** Loads one notice; its id comes from the list, never from personal data. */
export function fetchNotice(id: string): Promise<Notice> {
  return gateway().call({
    method: 'GET',
    path: `/notices/${encodeURIComponent(id)}`,
    parse: parseNotice,
  });
}

/** Loads the FAQ, the official answers the app is built from. */
export function fetchFaq(): Promise<FaqEntry[]> {
  return gateway().call({
    method: 'GET',
    path: '/faq',
    parse: parseList(parserOf(FaqEntrySchema)),
  });
}
