/** Read-only content the gateway serves: notices (通知公告) and the FAQ. */
import type * as v from 'valibot';
import type { FaqEntrySchema, NoticeSchema, NoticeSummarySchema } from './schemas/answers';

/** `GET /notices` entry. */
export type NoticeSummary = v.InferOutput<typeof NoticeSummarySchema>;

/** `GET /notices/:id` answer. */
export type Notice = v.InferOutput<typeof NoticeSchema>;

/** `GET /faq` entry. */
export type FaqEntry = v.InferOutput<typeof FaqEntrySchema>;
