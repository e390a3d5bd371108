/** `GET /config`: the season, its windows (from state, so tests can move them) and the help line. */
import type { SeasonConfig } from '../../types';
import { SEASON_2022 } from '../seed/season';
import { okReply } from '../reply';
import { withSession, type Route } from './context';

export const CONFIG_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/config',
    handler: withSession((ctx) => {
      const config: SeasonConfig = {
        ...SEASON_2022,
        windows: {
          enrollment: { ...ctx.state.windows.enrollment },
          transfer: { ...ctx.state.windows.transfer },
        },
        enrollmentBirthRange: { ...SEASON_2022.enrollmentBirthRange },
        otherCategories: SEASON_2022.otherCategories.map((category) => ({ ...category })),
      };
      return okReply(ctx.clock, config);
    }),
  },
];
