import { gateway } from './gateway-client';
import { hasStrings, listOf } from './wire-guards';

/** A seeded parent the development host can sign in as (no personal data: id and case label). */
export interface DevParent {
  parentId: string;
  label: string;
}

function isDevParent(value: unknown): value is DevParent {
  return hasStrings(value, ['parentId', 'label'] as const);
}

/** Lists the mock gateway's seeded parents for the development host's picker. */
export function fetchDevParents(): Promise<DevParent[]> {
  return gateway().call({
    method: 'GET',
    path: '/__mock/parents',
    parse: (data) => listOf(data, isDevParent),
    authenticated: false,
  });
}
