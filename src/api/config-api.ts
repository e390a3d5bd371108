import { SeasonConfigSchema, type SeasonConfig } from '@contract';
import { gateway } from './gateway-client';
import { parserOf } from './enrollment-parsers';

const parseConfig = parserOf(SeasonConfigSchema);

/**
 * Loads the season configuration: windows, eligibility range and help line (never hard-coded).
 * Public, so it needs no session and can be asked for while the parent is still being signed in;
 * a CDN may answer with a copy up to a minute old, whose serverTime must not set the clock.
 */
export function fetchSeasonConfig(): Promise<SeasonConfig> {
  return gateway().call({
    method: 'GET',
    path: '/config',
    parse: parseConfig,
    authenticated: false,
    mayBeCached: true,
  });
}
