import type { Page } from 'playwright-core';
import type { E2eHandle } from './set-up-e2e-app';

/** The pages a parent reaches straight from home: name, route, and what shows once it is ready. */
export const STRAIGHT_PAGES: readonly (readonly [string, string, string])[] = [
  ['home', '/features/home/index', '#subsystem-enrollment'],
  ['faq', '/features/faq/index', '.faq-entry'],
  ['notices', '/features/notices/index', '[id^="notice-"]'],
  ['materials-table', '/features/notices/materials-table', '[id^="materials-row-"]'],
  ['photo-check', '/features/photo-check/index', '#photo-check'],
  ['enrollment-start', '/features/enrollment/index', '#task-child'],
];

/** Opens a route as a seeded parent and waits until its content shows. */
export async function openAt(
  e2e: E2eHandle,
  route: string,
  ready: string,
  parentId = 'p-all-verified',
): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId, route });
  await page.locator(`${ready}:visible`).first().waitFor();
  return page;
}
