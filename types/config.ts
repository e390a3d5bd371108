/** Season configuration: windows and rules the gateway sets (never hard-coded in the client). */
import type * as v from 'valibot';
import type { SeasonConfigSchema } from './schemas/answers';

/** The two subsystems of FAQ 1. */
export type Subsystem = 'enrollment' | 'transfer';

export const SUBSYSTEMS: readonly Subsystem[] = ['enrollment', 'transfer'];

/**
 * The Cache-Control of a `GET /config` answer: a CDN may keep it for 60 s (opening-day load),
 * browsers keep no copy of their own, so a reload still asks the CDN or the gateway.
 */
export const CONFIG_CACHE_CONTROL = 'public, max-age=0, s-maxage=60';

/** `GET /config` answer. */
export type SeasonConfig = v.InferOutput<typeof SeasonConfigSchema>;

/** A registration window in the gateway's clock (ISO 8601 with offset); closesAt is exclusive. */
export type RegistrationWindow = SeasonConfig['windows'][Subsystem];

/** A registration category the gateway offers besides the derived ones (e.g. special groups). */
export type CategoryInfo = SeasonConfig['otherCategories'][number];
