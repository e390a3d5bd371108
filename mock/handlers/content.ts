/** `GET /notices`, `GET /notices/:id` and `GET /faq`: read-only content behind a session. */
import { FAQ_ENTRIES } from '../seed/faq';
import { findNotice, listNoticeSummaries } from '../seed/notices';
import { failReply, okReply } from '../reply';
import { withSession, type Route } from './context';

export const CONTENT_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/notices',
    handler: withSession((ctx) => okReply(ctx.clock, listNoticeSummaries())),
  },
  {
    method: 'GET',
    pattern: '/notices/:id',
    handler: withSession((ctx) => {
      const notice = findNotice(ctx.params.id ?? '');
      return notice
        ? okReply(ctx.clock, notice)
        : failReply(ctx.clock, 404, 'NOT_FOUND', { detail: 'no such notice' });
    }),
  },
  {
    method: 'GET',
    pattern: '/faq',
    handler: withSession((ctx) => okReply(ctx.clock, FAQ_ENTRIES)),
  },
];
