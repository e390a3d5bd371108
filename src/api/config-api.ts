import type { RegistrationWindow, SeasonConfig } from '@contract';
import { gateway } from './gateway-client';
import { hasStrings, isRecord } from './wire-guards';

function parseWindow(value: unknown): RegistrationWindow | null {
  return hasStrings(value, ['opensAt', 'closesAt'] as const)
    ? { opensAt: value.opensAt, closesAt: value.closesAt }
    : null;
}

function parseConfig(value: unknown): SeasonConfig | null {
  if (!isRecord(value) || typeof value.season !== 'number' || typeof value.helpLine !== 'string') {
    return null;
  }
  const windows = isRecord(value.windows) ? value.windows : {};
  const enrollment = parseWindow(windows.enrollment);
  const transfer = parseWindow(windows.transfer);
  const range = value.enrollmentBirthRange;
  if (!enrollment || !transfer || !hasStrings(range, ['from', 'to'] as const)) return null;
  return {
    season: value.season,
    windows: { enrollment, transfer },
    enrollmentBirthRange: { from: range.from, to: range.to },
    helpLine: value.helpLine,
  };
}

/** Loads the season configuration: windows, eligibility range and help line (never hard-coded). */
export function fetchSeasonConfig(): Promise<SeasonConfig> {
  return gateway().call({ method: 'GET', path: '/config', parse: parseConfig });
}
