/**
 * The service frame, the start page and the check page (issue 14) and their page-level
 * accessibility (issue 18), in Chromium on the production build: window titles per page and step
 * in the page's language, focus on the new page's heading, unique ids, the declaration required
 * before submit. Screenshots at 390 px in Chinese, English and elder mode are kept for review.
 */
import type { Page } from 'playwright-core';
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { checkEveryMode, showMode } from '../../../config/e2e/display-modes';
import {
  acceptResidenceAndSchool,
  fillChild,
  fillGuardian,
  openEnrollment,
} from '../../../config/e2e/enrollment-journey';
import {
  continueTo,
  openTask,
  submitFromCheck,
  visible,
} from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

jest.setTimeout(240_000);
const e2e = setUpE2eApp();

/** A screenshot of all of the page on screen: the window made as tall as its content. */
async function keepWholePage(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollHeight,
      ...Array.from(document.querySelectorAll('.taro_page'))
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => element.scrollHeight),
    ),
  );
  await page.setViewportSize({ width: 390, height: Math.min(height, 8000) });
  await keepScreenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
}

/** Screenshots of the page as it is in Chinese, English and elder mode; ends in Chinese. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const mode of [
    { lang: 'zh-CN', elder: false },
    { lang: 'en-US', elder: false },
    { lang: 'zh-CN', elder: true },
    { lang: 'en-US', elder: true },
  ] as const) {
    await showMode(page, mode);
    await keepWholePage(page, `frame-${name}-${mode.lang}${mode.elder ? '-elder' : ''}`);
  }
  await showMode(page, { lang: 'zh-CN', elder: false });
}

/** The element that has focus, as the level and words of its heading role (or its tag). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active.getClientRects().length === 0) return 'nothing visible';
    const level = active.getAttribute('aria-level');
    return active.getAttribute('role') === 'heading'
      ? `h${level}: ${(active.textContent ?? '').trim()}`
      : active.tagName.toLowerCase();
  });
}

async function waitForFocusOn(page: Page, heading: string): Promise<void> {
  await page
    .waitForFunction(
      (text) => {
        const active = document.activeElement;
        return (
          !!active &&
          active.getAttribute('role') === 'heading' &&
          (active.textContent ?? '').trim() === text
        );
      },
      heading,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await expect(focused(page)).resolves.toBe(`h1: ${heading}`);
}

/** Ids on the page on screen that are missing, "undefined" or used twice. */
function badIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    document.querySelectorAll('[id]').forEach((element) => {
      if (element.getClientRects().length === 0) return;
      seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    });
    return [...seen.entries()]
      .filter(([id, count]) => count > 1 || id === 'undefined' || id === '')
      .map(([id, count]) => `${id} x${count}`);
  });
}

async function reachCheckPage(page: Page): Promise<void> {
  await fillChild(page, 'p-all-verified');
  await fillGuardian(page, 'father');
  await openTask(page, 'household');
  await visible(page, 'f-household-head-backfill').waitFor({ timeout: 15_000 });
  await continueTo(page, '#step-household-1');
  await continueTo(page, '#task-residence');
  await acceptResidenceAndSchool(page);
  await openTask(page, 'materials');
  await continueTo(page, '#check-answers');
  await visible(page, 'check-answers').click();
  await visible(page, 'declaration').waitFor();
}

describe('the service frame', () => {
  it('starts with the service guide, names every page and step in its language and focuses the new heading', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await visible(page, 'service-guide').waitFor();
    await expect(visible(page, 'guide-window').innerText()).resolves.toMatch(/2022年/);
    await expect(page.title()).resolves.toBe('小学入学信息登记 - 济南市中心城区信息登记');
    await screenshots(page, 'enrollment-start');

    await showMode(page, { lang: 'en-US', elder: false });
    await expect(page.title()).resolves.toBe(
      'Primary school enrollment registration - Jinan Downtown School Registration',
    );
    await visible(page, 'start-registration').click();
    await visible(page, 'step-child-0').waitFor();
    await waitForFocusOn(page, 'Primary school enrollment registration');
    await page.waitForFunction(() => document.title.startsWith('Step 1 of'));
    await expect(page.title()).resolves.toMatch(
      /^Step 1 of \d: Basic information \(1 of 2\) - Primary school enrollment registration$/,
    );
    await screenshots(page, 'enrollment-section');

    await visible(page, 'title-bar-back').click();
    await visible(page, 'service-guide').waitFor();
    await showMode(page, { lang: 'zh-CN', elder: false });
    await expect(page.title()).resolves.toBe('小学入学信息登记 - 济南市中心城区信息登记');

    const transfer = await e2e.app.open(e2e.context, {
      parentId: 'p-all-verified',
      route: '/features/transfer/index',
    });
    await visible(transfer, 'service-guide').waitFor({ timeout: 20_000 });
    await screenshots(transfer, 'transfer-start');
  });

  it('checks answers in cards, with 显示, one row for the absent other parent and a 修改 that comes back', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await reachCheckPage(page);
    await expect(badIds(page)).resolves.toEqual([]);
    await expect(page.title()).resolves.toBe('检查登记信息 - 小学入学信息登记');

    const id = page.locator('#summary-child-idNumber:visible .summary-row__value');
    await expect(id.innerText()).resolves.toContain('*');
    await visible(page, 'summary-child-idNumber-show').click();
    await expect(id.innerText()).resolves.not.toContain('*');
    await visible(page, 'summary-child-idNumber-show').click();
    await expect(id.innerText()).resolves.toContain('*');

    await expect(visible(page, 'summary-guardian-otherParent').innerText()).resolves.toContain(
      '未填写（选填）',
    );
    await expect(page.locator('#summary-guardian-otherParent-name:visible').count()).resolves.toBe(
      0,
    );

    // A card whose every answer is verified offers no 修改; every other card offers one.
    const cards = await page.locator('.page:visible [id^="check-"]').evaluateAll((all) =>
      all.map((card) => ({
        rows: card.querySelectorAll('.summary-row').length,
        verified: card.querySelectorAll('.summary-row__source').length,
        change: card.querySelectorAll('[id^="change-"]').length,
      })),
    );
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards) expect(card.change).toBe(card.rows === card.verified ? 0 : 1);
    await expect(
      page.locator('.page:visible .summary-row__source').count(),
    ).resolves.toBeGreaterThan(0);

    await showMode(page, { lang: 'en-US', elder: false });
    // Names and addresses in Chinese are marked so on the English page.
    const chinese = await page
      .locator('.page:visible .summary-row__value, .page:visible .summary-row__label')
      .evaluateAll((all) =>
        all
          .filter((node) => /[\u3400-\u9fff]/.test(node.textContent ?? ''))
          .map((node) => node.closest('[lang]')?.getAttribute('lang')),
      );
    expect(chinese.length).toBeGreaterThan(3);
    expect(chinese.filter((lang) => lang !== 'zh-CN')).toEqual([]);
    await showMode(page, { lang: 'zh-CN', elder: false });
    await screenshots(page, 'check');

    await visible(page, 'change-child').click();
    await visible(page, 'step-child-0').waitFor();
    await continueTo(page, '#step-child-1');
    await continueTo(page, '#declaration');
    await waitForFocusOn(page, '检查登记信息');

    // Submit asks for the declaration first.
    await visible(page, 'submit').click();
    await visible(page, 'declaration-error').waitFor();
    await expect(visible(page, 'confirm-submit').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('declaration');
    const reports = await checkEveryMode(page, 'check-declaration-needed');
    expect(
      reports.flatMap((r) => [...r.serious.map((f) => `${r.mode}: ${f.id}`), ...r.sizes]),
    ).toEqual([]);

    await submitFromCheck(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 20_000 });
    const [stored] = e2e.app.server.gateway.state.enrollment.registrations;
    expect(stored?.submission.declaration).toEqual(expect.objectContaining({ accepted: true }));
  });
});
