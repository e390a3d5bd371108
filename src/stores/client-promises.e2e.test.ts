/**
 * The client keeps its promises (Chromium, production-optimised build, mock gateway over HTTP):
 * the gateway's field reasons at the fields and in the summary, a reused submit key leading to
 * the registration it made, sign-out that sends queued edits first, and a form that works on
 * memory and the gateway when the drafts key cannot be imported.
 */
import type { Locator, Page } from 'playwright-core';
import { keepScreenshot } from '../../config/e2e/artifacts';
import { DISPLAY_MODES, showMode } from '../../config/e2e/display-modes';
import { fillToConfirm, openEnrollment } from '../../config/e2e/enrollment-journey';
import { continueTo, openTask, typeInto, visible } from '../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../config/e2e/set-up-e2e-app';

const e2e = setUpE2eApp();
const PARENT = 'p-all-verified';

/** Waits until `met` holds (gateway state changes in the background). */
async function until(met: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!met() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
}

function serverDrafts(): string[] {
  return Object.keys(e2e.app.server.gateway.state.drafts[PARENT] ?? {});
}

function registrations() {
  return e2e.app.server.gateway.state.enrollment.registrations.map((r) => r.registration);
}

/** Screenshots of `target` in both languages, normal and elder mode, at 390 px. */
async function shootModes(page: Page, name: string, target: Locator): Promise<void> {
  for (const mode of DISPLAY_MODES) {
    await showMode(page, mode);
    await target.scrollIntoViewIfNeeded();
    await keepScreenshot(page, `${name}-${mode.lang}${mode.elder ? '-elder' : ''}`);
  }
  await showMode(page, { lang: 'zh-CN', elder: false });
}

describe('the client keeps its promises', () => {
  it('shows the gateway’s field reasons in the submit failure and at the field they concern', async () => {
    const page = await openEnrollment(e2e, PARENT);
    await fillToConfirm(page);
    // The gateway refuses the submit with its own reasons (a school that filled up meanwhile).
    await page.route('**/gateway/registrations', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: {
            code: 'VALIDATION_FAILED',
            fields: [
              { field: 'schoolId', code: 'no-places' },
              { field: 'materials.household-register', code: 'unknown-upload' },
            ],
          },
          serverTime: new Date().toISOString(),
        }),
      }),
    );
    await visible(page, 'confirm-submit').click();
    const failure = visible(page, 'submit-failure');
    await failure.waitFor({ timeout: 20_000 });
    await expect(failure.innerText()).resolves.toContain('已没有剩余学位');
    await expect(failure.innerText()).resolves.toContain('材料照片');
    // The summary lives in the submit panel's state: one screenshot, before anything re-renders.
    await failure.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'server-reasons-summary-zh-CN');
    await page.unroute('**/gateway/registrations');
    await failure.locator('[role="link"]', { hasText: '剩余学位' }).click();
    const step = page.locator('[id^="step-school-"]:visible');
    await step.waitFor();
    await expect(step.innerText()).resolves.toContain('已没有剩余学位');
    await shootModes(page, 'server-reasons-field', visible(page, 'f-schoolId'));
  });

  it('leads a submit whose answer was lost, then edited, to the registration it made', async () => {
    const page = await openEnrollment(e2e, PARENT);
    await fillToConfirm(page);
    // The submission reaches the gateway and is stored, but its answer never comes back.
    await page.route('**/gateway/registrations', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await route.fetch();
      return route.abort('connectionreset');
    });
    await visible(page, 'confirm-submit').click();
    await visible(page, 'submit-failure').waitFor({ timeout: 60_000 });
    await page.unroute('**/gateway/registrations');
    expect(registrations()).toHaveLength(1);
    const stored = registrations()[0];
    // The parent changes the school, then submits again: the same key, another body.
    await visible(page, 'cancel-submit').click();
    await visible(page, 'change-school').click();
    await page.locator('[id^="step-school-"]:visible').waitFor();
    await page.locator('#f-schoolId:visible [role="radio"]').nth(1).click();
    // Changing a part from the check page comes back to it, the declaration as it was.
    await continueTo(page, '#submit');
    const declaration = visible(page, 'declaration');
    if ((await declaration.getAttribute('aria-checked')) !== 'true') await declaration.click();
    await visible(page, 'submit').click();
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 30_000 });
    await expect(visible(page, 'receipt-reference').innerText()).resolves.toContain(
      stored?.reference ?? '-',
    );
    expect(registrations()).toHaveLength(1);
  });

  it('sends queued edits before signing out, or says what would be lost and asks', async () => {
    await e2e.app.control('/faults', { mode: 'network-error', pathPrefix: '/drafts' });
    const form = await openEnrollment(e2e, PARENT);
    await openTask(form, 'child');
    await typeInto(form, 'f-child-name', '李沐阳');
    // The sealed device copy, with its queued save, is written within half a second.
    await form.waitForTimeout(1500);
    await form.close();
    const home = await e2e.app.open(e2e.context, { parentId: PARENT });
    await visible(home, 'sign-out').click();
    await visible(home, 'sign-out-confirm-button').click();
    const dialog = visible(home, 'sign-out-confirm');
    // The dialog first says it is sending; the loss warning comes once the send has failed.
    await visible(home, 'sign-out-retry').waitFor({ timeout: 30_000 });
    await expect(dialog.innerText()).resolves.toContain('还没有保存到服务器');
    expect(serverDrafts()).toEqual([]);
    await shootModes(home, 'sign-out-unsent', dialog);
    await e2e.app.control('/faults', { mode: 'none' });
    await visible(home, 'sign-out-retry').click();
    await visible(home, 'dev-parent-picker').waitFor({ timeout: 30_000 });
    expect(serverDrafts()).toHaveLength(1);
    const stored = await home.evaluate(() =>
      Object.keys(window.localStorage).filter((key) => key.startsWith('drafts.p-')),
    );
    expect(stored).toEqual([]);
  });

  it('keeps the form working on memory and the gateway when the drafts key cannot be imported', async () => {
    await e2e.context.addInitScript(() => {
      const subtle = window.crypto.subtle;
      subtle.importKey = () => Promise.reject(new DOMException('refused', 'NotSupportedError'));
    });
    const page = await openEnrollment(e2e, PARENT);
    await openTask(page, 'child');
    await typeInto(page, 'f-child-name', '李沐阳');
    await until(() => serverDrafts().length === 1);
    expect(serverDrafts()).toHaveLength(1);
    const stored = await page.evaluate(() =>
      Object.keys(window.localStorage).filter((key) => key.startsWith('drafts.p-')),
    );
    expect(stored).toEqual([]);
    await shootModes(page, 'drafts-key-refused', visible(page, 'save-state'));
  });
});
