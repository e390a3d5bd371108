/** 我的登记 calls of the gateway contract (types/endpoints.ts): list, detail, delete. */
import type { RegistrationDetail, RegistrationSummary } from '@contract';
import { parseList } from './enrollment-parsers';
import { gateway } from './gateway-client';
import { parseRegistrationDetail, parseRegistrationSummary } from './registration-parsers';

/** Lists every registration of the parent, both subsystems (我的登记, FAQ 13). */
export function fetchMyRegistrations(): Promise<RegistrationSummary[]> {
  return gateway().call({
    method: 'GET',
    path: '/registrations',
    parse: parseList(parseRegistrationSummary),
  });
}

/** One registration with its submitted content, for the read-only view (FAQ 8). */
export function fetchRegistration(id: string): Promise<RegistrationDetail> {
  return gateway().call({
    method: 'GET',
    path: `/registrations/${encodeURIComponent(id)}`,
    parse: parseRegistrationDetail,
  });
}

function parseDeleted(value: unknown): { deleted: true } | null {
  return (value as { deleted?: unknown } | null)?.deleted === true ? { deleted: true } : null;
}

/** 删除信息 (FAQ 8): only while the window is open; the gateway answers WINDOW_CLOSED after. */
export function deleteRegistration(id: string): Promise<{ deleted: true }> {
  return gateway().call({
    method: 'DELETE',
    path: `/registrations/${encodeURIComponent(id)}`,
    parse: parseDeleted,
  });
}
