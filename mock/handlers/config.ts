/**
 * `GET /config`: the season, its windows (from state, so tests can move them) and the help line.
 * Public, like the bureau's notices it repeats: no session needed.
 */
import { CONFIG_CACHE_CONTROL, type SeasonConfig } from '../../types';
import { SEASON_2022 } from '../seed/season';
import { okReply } from '../reply';
import type { HandlerContext, Route } from './context';

function seasonReply(ctx: HandlerContext) {
  const config: SeasonConfig = {
    ...SEASON_2022,
    windows: {
      enrollment: { ...ctx.state.windows.enrollment },
      transfer: { ...ctx.state.windows.transfer },
    },
    enrollmentBirthRange: { ...SEASON_2022.enrollmentBirthRange },
    otherCategories: SEASON_2022.otherCategories.map((category) => ({ ...category })),
  };
  const reply = okReply(ctx.clock, config);
  return reply.kind === 'response'
    ? { ...reply, headers: { ...reply.headers, 'cache-control': CONFIG_CACHE_CONTROL } }
    : reply;
}

export const CONFIG_ROUTES: Route[] = [{ method: 'GET', pattern: '/config', handler: seasonReply }];
