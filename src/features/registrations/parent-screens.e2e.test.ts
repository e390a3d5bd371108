/**
 * The screens a parent reads around a registration (issue 14, 18), reviewed as screenshots at
 * 390 px in Chinese, English and elder mode: home, notices, the materials table, 我的登记, a
 * registration, the appointment after booking and the confirmation. Each holds axe and the
 * elder-mode sizes, has real headings, and marks Chinese content lang="zh-CN" in English.
 */
import type { Page } from 'playwright-core';
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { checkEveryMode, showMode } from '../../../config/e2e/display-modes';
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { seedRegistration } from '../../../mock/registration-fixtures';

jest.setTimeout(180_000);
const e2e = setUpE2eApp();

async function open(route: string, ready: string, parentId = 'p-migrant-worker'): Promise<Page> {
  const page = await e2e.app.open(e2e.context, { parentId, route });
  await page.locator(`${ready}:visible`).first().waitFor({ timeout: 20_000 });
  return page;
}

// The frame's title bar is checked with the frame (config/e2e/accessibility.e2e.test.ts); these
// tests hold the content of each page.
const inFrame = (problem: string) => problem.includes('#title-bar-');

/** Screenshots in zh and en (normal mode), then axe and sizes in all four modes. */
async function review(page: Page, name: string): Promise<void> {
  await keepScreenshot(page, `${name}-zh-CN`);
  await showMode(page, { lang: 'en-US', elder: false });
  await keepScreenshot(page, `${name}-en-US`);
  await showMode(page, { lang: 'zh-CN', elder: false });
  const reports = await checkEveryMode(page, name);
  const problems = reports.flatMap((report) => [
    ...report.serious.map((finding) => `${report.mode}: ${finding.id}`),
    ...report.sizes.filter((size) => !inFrame(size)).map((size) => `${report.mode}: ${size}`),
  ]);
  expect(problems).toEqual([]);
}

const headings = (page: Page) =>
  page
    .locator('.page:visible [role="heading"]')
    .evaluateAll((all) => all.map((node) => (node.textContent ?? '').trim()));

async function langOf(page: Page, selector: string): Promise<(string | null)[]> {
  return page
    .locator(`${selector}:visible`)
    .evaluateAll((all) => all.map((node) => node.closest('[lang]')?.getAttribute('lang') ?? null));
}

describe('the screens around a registration, in every display mode', () => {
  it('home: the greeting and both subsystems are headings, the help line is the bureau’s', async () => {
    const page = await open('/features/home/index', '#subsystem-transfer');
    await expect(headings(page)).resolves.toEqual(
      expect.arrayContaining(['小学入学信息登记', '中小学转学申请信息登记']),
    );
    expect((await headings(page)).some((text) => text.startsWith('您好'))).toBe(true);
    await review(page, 'home');
  });

  it('notices: titles and paragraphs are marked Chinese on the English page', async () => {
    const page = await open('/features/notices/index', '[id^="notice-"]');
    await showMode(page, { lang: 'en-US', elder: false });
    const titles = await langOf(page, '[id^="notice-n-"] [role="heading"]');
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles)).toEqual(new Set(['zh-CN']));
    await showMode(page, { lang: 'zh-CN', elder: false });
    await review(page, 'notices');
    await visible(page, 'notice-n-2022-enrollment').click();
    await visible(page, 'notice-view').waitFor();
    await expect(visible(page, 'notice-view').innerText()).resolves.toContain('0531-12345');
    await showMode(page, { lang: 'en-US', elder: false });
    await expect(langOf(page, '.notice-view__paragraph')).resolves.not.toContain('en-US');
    await showMode(page, { lang: 'zh-CN', elder: false });
    await review(page, 'notice-detail');
  });

  it('materials table: every listed document is needed unless marked any one of', async () => {
    const page = await open('/features/notices/materials-table', '[id^="materials-row-"]');
    const intro = await page.locator('.page:visible .hint').first().innerText();
    expect(intro).not.toContain('同一格中列出多种材料的，上传其中一种即可');
    expect(intro).toContain('都需要上传');
    const maternal = await visible(
      page,
      'materials-row-owner-maternal-grandparent-household-elsewhere',
    ).innerText();
    expect(maternal).not.toContain('父亲');
    await review(page, 'materials-table');
  });

  it('我的登记 and a registration: the child and the sections are headings', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-migrant-worker');
    const page = await open('/features/registrations/index', `#reg-${registration.id}`);
    const child = visible(page, `reg-${registration.id}`).locator('[role="heading"]');
    await expect(child.getAttribute('aria-level')).resolves.toBe('3');
    await review(page, 'registrations');
    await visible(page, `reg-${registration.id}-open`).click();
    await visible(page, 'detail-reference').waitFor();
    await expect(visible(page, 'detail-reference').getAttribute('role')).resolves.toBe('heading');
    await review(page, 'registration-detail');
  });

  it('a refused registration offers the help line beside the next step', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-migrant-worker');
    await e2e.app.control(`/registrations/${registration.id}/advance`, {
      to: 'not-passed',
      reason: '不符合随迁子女登记条件',
    });
    const page = await open(
      `/features/registrations/detail?id=${registration.id}`,
      '#detail-reference',
    );
    await expect(visible(page, 'detail-help-line').innerText()).resolves.toBe(
      '咨询电话：0531-12345',
    );
    // A refused registration can no longer be booked: no way to a booking page that refuses.
    await expect(page.locator('#open-appointment:visible').count()).resolves.toBe(0);
    await keepScreenshot(page, 'registration-not-passed-zh-CN');
  });

  it('appointment: booked stands out with the day, weekday and place', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-migrant-worker');
    const page = await open(
      `/features/registrations/appointment?id=${registration.id}`,
      '#slot-picker .slot-day',
    );
    await review(page, 'appointment');
    // A day's times are one Tab stop; the arrow keys move and choose, as radio groups do.
    const firstDay = page.locator('#slot-picker:visible [role="radiogroup"]').nth(1);
    const times = firstDay.locator('[role="radio"]');
    await expect(
      times.evaluateAll((all) => all.map((t) => t.getAttribute('tabindex'))),
    ).resolves.toEqual(['0', ...Array.from({ length: (await times.count()) - 1 }, () => '-1')]);
    await times.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(times.nth(1).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      await times.nth(1).getAttribute('id'),
    );
    await page.keyboard.press('ArrowUp');
    await expect(times.first().getAttribute('aria-checked')).resolves.toBe('true');
    await visible(page, 'confirm-slot').click();
    const booked = visible(page, 'appointment-booked');
    await booked.waitFor();
    await expect(booked.locator('[role="heading"]').innerText()).resolves.toBe('预约成功');
    await expect(booked.innerText()).resolves.toMatch(/星期[一二三四五六日]/);
    await showMode(page, { lang: 'en-US', elder: false });
    await expect(booked.innerText()).resolves.toMatch(
      /Booking confirmed[\s\S]*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/,
    );
    await showMode(page, { lang: 'zh-CN', elder: false });
    await review(page, 'appointment-booked');
  });

  it('confirmation: 提交成功 with the next step first, then the reference number', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-migrant-worker');
    const page = await open(`/features/enrollment/receipt?id=${registration.id}`, '#receipt');
    const success = visible(page, 'confirmation');
    await expect(success.getAttribute('role')).resolves.toBe('status');
    await expect(success.locator('[role="heading"]').innerText()).resolves.toBe('提交成功');
    await expect(visible(page, 'confirmation-next').innerText()).resolves.toContain('预约现场登记');
    await review(page, 'confirmation');
  });
});
