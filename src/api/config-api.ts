import { SeasonConfigSchema, type SeasonConfig } from '@contract';
import { gateway } from './gateway-client';
import { parserOf } from './enrollment-parsers';

const parseConfig = parserOf(SeasonConfigSchema);

/** Loads the season configuration: windows, eligibility range and help line (never hard-coded). */
export function fetchSeasonConfig(): Promise<SeasonConfig> {
  return gateway().call({ method: 'GET', path: '/config', parse: parseConfig });
}
