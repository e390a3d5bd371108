import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where browser tests leave screenshots for review (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '..', '..', '.e2e-artifacts');

/** Saves a full-page screenshot of what the parent saw, e.g. when a step did not go on. */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}
