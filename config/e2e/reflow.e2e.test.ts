import path from 'node:path';
import type { Page } from 'playwright-core';
import { seedRegistration } from '../../mock/registration-fixtures';
import { ARTIFACTS_DIR } from './artifacts';
import { DISPLAY_MODES, showMode } from './display-modes';
import {
  acceptResidenceAndSchool,
  fillChild,
  fillGuardian,
  openEnrollment,
} from './enrollment-journey';
import { continueTo, openTask, submitFromCheck, visible } from './enrollment-steps';
import { openAt, STRAIGHT_PAGES } from './every-page';
import { setUpE2eApp } from './set-up-e2e-app';

// 200% zoom on a 390 px phone is a 195 px wide viewport: every page, in both languages and both
// display modes, must let a parent read all of its text without scrolling sideways.
jest.setTimeout(240_000);
const e2e = setUpE2eApp();
const ZOOMED = { width: 195, height: 844 };

/** Text past the screen's edge, cut off by a box too narrow for it, or squeezed into a column. */
function unreachableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const hasOwnText = (element: Element) =>
      Array.from(element.childNodes).some(
        (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
      );
    document.querySelectorAll('.page *').forEach((element) => {
      // Text for screen readers only is clipped on purpose.
      if (element.closest('.visually-hidden')) return;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      const label = `${element.tagName.toLowerCase()}#${element.id}.${element.className}: ${(
        element.textContent ?? ''
      )
        .trim()
        .slice(0, 24)}`;
      const text = hasOwnText(element);
      if (text && (box.right > width + 1 || box.left < -1)) problems.push(`off screen ${label}`);
      const style = getComputedStyle(element);
      // A column one or two letters wide: readable only a letter at a time.
      const squeezed = box.width < 2 * parseFloat(style.fontSize);
      if (text && squeezed && (element.textContent ?? '').trim().length > 3) {
        problems.push(`squeezed ${label}`);
      }
      const overflowX = style.overflowX;
      if (overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        problems.push(
          `${overflowX === 'auto' || overflowX === 'scroll' ? 'scrolls' : 'cut'} ${label}`,
        );
      }
    });
    if (document.documentElement.scrollWidth > width + 1)
      problems.push('the page scrolls sideways');
    return problems;
  });
}

const found: string[] = [];

/** Measures the page as it is at 195 px in every display mode, with a screenshot of each. */
async function measure(page: Page, name: string): Promise<void> {
  await page.setViewportSize(ZOOMED);
  for (const mode of DISPLAY_MODES) {
    await showMode(page, mode);
    // A new page slides in from the side: wait until nothing sticks out any more.
    await page
      .waitForFunction(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1,
        undefined,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    const label = `${name} ${mode.lang}${mode.elder ? ' elder' : ''}`;
    found.push(...(await unreachableText(page)).map((problem) => `${label}: ${problem}`));
    // The whole page, however long: it scrolls inside Taro's container, not the window.
    await page
      .locator('.page:visible')
      .first()
      .screenshot({
        path: path.join(
          ARTIFACTS_DIR,
          `reflow-${name}-${mode.lang}${mode.elder ? '-elder' : ''}.png`,
        ),
      });
  }
  await showMode(page, DISPLAY_MODES[0]);
  await page.setViewportSize({ width: 390, height: 844 });
}

describe('every page reflows at 200% zoom (195 px wide)', () => {
  afterEach(() => {
    const problems = found.splice(0);
    expect(problems).toEqual([]);
  });

  it.each(STRAIGHT_PAGES)('%s', async (name, route, ready) => {
    const page = await openAt(e2e, route, ready);
    const toggle = page.locator('#guide-toggle:visible');
    if (await toggle.count()) await toggle.first().click();
    await measure(page, name);
  });

  it('transfer start and a notice', async () => {
    const transfer = await openAt(e2e, '/features/transfer/index', '#task-child');
    await measure(transfer, 'transfer-start');
    const page = await openAt(e2e, '/features/notices/index', '[id^="notice-"]');
    await page.locator('[id^="notice-"]:visible').first().click();
    await visible(page, 'notice-view').waitFor();
    await measure(page, 'notice-detail');
  });

  it('a section step with errors, the materials step, the check page and the receipt', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await openTask(page, 'child');
    await visible(page, 'continue').click();
    await visible(page, 'error-summary').waitFor();
    await measure(page, 'section-errors');
    await visible(page, 'back-to-tasks').click();
    await fillChild(page, 'p-all-verified');
    await fillGuardian(page, 'father');
    await openTask(page, 'household');
    await visible(page, 'f-household-head-backfill').waitFor({ timeout: 15_000 });
    await continueTo(page, '#step-household-1');
    await continueTo(page, '#task-residence');
    await acceptResidenceAndSchool(page);
    await openTask(page, 'materials');
    await measure(page, 'materials-step');
    await continueTo(page, '#check-answers');
    await visible(page, 'check-answers').click();
    await visible(page, 'declaration').waitFor();
    // 房户一致 comes with what it means.
    expect(await visible(page, 'category-note').textContent()).toContain(
      '房产属于户主或孩子的父母',
    );
    await measure(page, 'check-answers');
    await submitFromCheck(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt').waitFor();
    await measure(page, 'receipt');
  });

  it('my registrations, a registration and the appointment', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-migrant-worker');
    const page = await openAt(
      e2e,
      '/features/registrations/index',
      '#group-enrollment',
      'p-migrant-worker',
    );
    await measure(page, 'registrations');
    await visible(page, `reg-${registration.id}-open`).click();
    await visible(page, 'detail-reference').waitFor();
    await measure(page, 'registration-detail');
    await visible(page, 'open-appointment').click();
    await visible(page, 'slot-picker').waitFor();
    await measure(page, 'appointment');
  });
});
