import { gateway } from './gateway-client';
import * as v from 'valibot';
import { parseList, parserOf } from './enrollment-parsers';

/** A seeded parent the development host can sign in as (no personal data: id and case label). */
export interface DevParent {
  parentId: string;
  label: string;
}

const DevParentSchema = v.object({ parentId: v.string(), label: v.string() });

/** Lists the mock gateway's seeded parents for the development host's picker. */
export function fetchDevParents(): Promise<DevParent[]> {
  return gateway().call({
    method: 'GET',
    path: '/__mock/parents',
    parse: parseList(parserOf(DevParentSchema)),
    authenticated: false,
  });
}
