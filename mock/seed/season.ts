/** The 2022 season as the mock gateway serves it (`GET /config`). Dates from the 2022 notices. */
import type { SeasonConfig } from '../../types';

/**
 * Placeholder help line: Jinan's area code with a subscriber number that starts with 0, which is
 * never assigned, so nobody's telephone rings during development. Not the bureau's real number.
 */
export const PLACEHOLDER_HELP_LINE = '0531-00000000';

export const SEASON_2022: SeasonConfig = {
  season: 2022,
  windows: {
    enrollment: {
      opensAt: '2022-07-01T08:00:00+08:00',
      closesAt: '2022-07-10T18:00:00+08:00',
    },
    transfer: {
      opensAt: '2022-07-01T08:00:00+08:00',
      closesAt: '2022-07-20T18:00:00+08:00',
    },
  },
  enrollmentBirthRange: { from: '2015-09-01', to: '2016-08-31' },
  helpLine: PLACEHOLDER_HELP_LINE,
};
