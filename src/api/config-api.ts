import type { CategoryInfo, RegistrationWindow, SeasonConfig } from '@contract';
import { gateway } from './gateway-client';
import { hasStrings, isRecord, listOf } from './wire-guards';

function parseWindow(value: unknown): RegistrationWindow | null {
  return hasStrings(value, ['opensAt', 'closesAt'] as const)
    ? { opensAt: value.opensAt, closesAt: value.closesAt }
    : null;
}

function isCategory(value: unknown): value is CategoryInfo {
  return hasStrings(value, ['id', 'name', 'description'] as const);
}

/** A gateway that predates `otherCategories` offers none; a malformed list is a bad answer. */
function parseCategories(value: unknown): CategoryInfo[] | null {
  if (value === undefined) return [];
  const list = listOf(value, isCategory);
  return list && list.map(({ id, name, description }) => ({ id, name, description }));
}

function parseConfig(value: unknown): SeasonConfig | null {
  if (!isRecord(value) || typeof value.season !== 'number' || typeof value.helpLine !== 'string') {
    return null;
  }
  const windows = isRecord(value.windows) ? value.windows : {};
  const enrollment = parseWindow(windows.enrollment);
  const transfer = parseWindow(windows.transfer);
  const range = value.enrollmentBirthRange;
  const otherCategories = parseCategories(value.otherCategories);
  if (!enrollment || !transfer || !hasStrings(range, ['from', 'to'] as const)) return null;
  if (!otherCategories) return null;
  return {
    season: value.season,
    windows: { enrollment, transfer },
    enrollmentBirthRange: { from: range.from, to: range.to },
    helpLine: value.helpLine,
    otherCategories,
  };
}

/** Loads the season configuration: windows, eligibility range and help line (never hard-coded). */
export function fetchSeasonConfig(): Promise<SeasonConfig> {
  return gateway().call({ method: 'GET', path: '/config', parse: parseConfig });
}
