import type { MaterialInfo } from '@contract';
import { fetchMaterialsCatalogue } from '@/api/enrollment-api';

let shared: Promise<MaterialInfo[]> | null = null;

/**
 * The materials catalogue (登记信息与上传材料对照表), asked for once per app run and shared by
 * every screen that reads it: a page can start the request alongside the draft, and the screen
 * that shows the catalogue later finds it under way or arrived instead of asking after the draft.
 * It is the bureau's table, the same for every parent. A failed load is forgotten, so the next
 * ask (a retry) goes to the gateway again.
 */
export function loadMaterialsCatalogue(): Promise<MaterialInfo[]> {
  shared ??= fetchMaterialsCatalogue().catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
