/**
 * The FAQ page (issue 14, 18): the 14 official answers folded under their questions, a search
 * that finds Chinese words anywhere in a question or answer, and Chinese content marked as such
 * in English; axe and elder-mode sizes in every display mode, screenshots kept for review.
 */
import type { Page } from 'playwright-core';
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { checkEveryMode, DISPLAY_MODES, showMode } from '../../../config/e2e/display-modes';
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { FAQ_ENTRIES } from '../../../mock/seed/faq';
import { BUREAU_HELP_LINE } from '../../../mock/seed/season';

jest.setTimeout(120_000);
const e2e = setUpE2eApp();

async function openFaq(): Promise<Page> {
  const page = await e2e.app.open(e2e.context, {
    parentId: 'p-all-verified',
    route: '/features/faq/index',
  });
  await visible(page, 'faq-14').waitFor({ timeout: 20_000 });
  return page;
}

const shownNumbers = (page: Page) =>
  page
    .locator('.faq-entry:visible')
    .evaluateAll((nodes) => nodes.map((node) => Number(node.id.replace('faq-', ''))));

const openAnswers = (page: Page) => page.locator('.faq-entry__answer:visible').count();

async function search(page: Page, words: string): Promise<void> {
  await page.locator('#faq-search:visible input').fill(words);
}

describe('FAQ page', () => {
  it('lists all 14 questions in order with every answer folded, and opens one on a tap', async () => {
    const page = await openFaq();
    await expect(shownNumbers(page)).resolves.toEqual(FAQ_ENTRIES.map((entry) => entry.number));
    await expect(openAnswers(page)).resolves.toBe(0);
    const toggle = visible(page, 'faq-12-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(visible(page, 'faq-12-answer').innerText()).resolves.toContain('5M');
    await expect(toggle.getAttribute('aria-controls')).resolves.toBe('faq-12-answer');
    await keepScreenshot(page, 'faq-zh-CN-one-open');
    await toggle.click();
    await expect(openAnswers(page)).resolves.toBe(0);
  });

  it('opens and closes an answer from the keyboard alone', async () => {
    const page = await openFaq();
    await visible(page, 'faq-5-toggle').focus();
    await page.keyboard.press('Enter');
    await expect(visible(page, 'faq-5-answer').innerText()).resolves.toContain('自动回填');
    await page.keyboard.press(' ');
    await expect(openAnswers(page)).resolves.toBe(0);
  });

  it('finds a Chinese word in questions or answers, opens a few finds at once, and clears', async () => {
    const page = await openFaq();
    await search(page, '5M');
    const withFiveM = FAQ_ENTRIES.filter((entry) =>
      [entry.question, ...entry.answer].join('').toLowerCase().includes('5m'),
    ).map((entry) => entry.number);
    expect(withFiveM.length).toBeGreaterThan(0);
    expect(withFiveM.length).toBeLessThanOrEqual(3);
    await expect(shownNumbers(page)).resolves.toEqual(withFiveM);
    await expect(openAnswers(page)).resolves.toBe(withFiveM.length);
    await expect(visible(page, 'faq-count').innerText()).resolves.toBe(
      `找到 ${withFiveM.length} 个相关问题`,
    );
    await keepScreenshot(page, 'faq-zh-CN-search');

    await search(page, '登记');
    const withRegister = FAQ_ENTRIES.filter((entry) =>
      [entry.question, ...entry.answer].join('').includes('登记'),
    );
    expect(withRegister.length).toBeGreaterThan(3);
    await expect(shownNumbers(page)).resolves.toEqual(withRegister.map((entry) => entry.number));
    await expect(openAnswers(page)).resolves.toBe(0);

    await search(page, '火星');
    await expect(shownNumbers(page)).resolves.toEqual([]);
    const none = await visible(page, 'faq-none').innerText();
    expect(none).toContain('没有找到包含“火星”的问题');
    expect(none).toContain(BUREAU_HELP_LINE);
    await keepScreenshot(page, 'faq-zh-CN-none');

    await visible(page, 'faq-search-clear').click();
    await expect(shownNumbers(page)).resolves.toHaveLength(FAQ_ENTRIES.length);
    await expect(
      page.evaluate(() => document.activeElement?.closest('#faq-search') !== null),
    ).resolves.toBe(true);
  });

  it('marks the Chinese questions and answers lang="zh-CN" on the English page', async () => {
    const page = await openFaq();
    await showMode(page, { lang: 'en-US', elder: false });
    await visible(page, 'faq-1-toggle').click();
    const langs = await page
      .locator('.faq-entry__question:visible, .faq-entry__answer:visible')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
    expect(langs).toHaveLength(FAQ_ENTRIES.length + 1);
    expect(new Set(langs)).toEqual(new Set(['zh-CN']));
    await expect(visible(page, 'faq-search-hint').innerText()).resolves.toContain('Chinese word');
    await keepScreenshot(page, 'faq-en-US-one-open');
  });

  it('holds in every display mode with an answer open: no serious axe finding, elder sizes', async () => {
    const page = await openFaq();
    await visible(page, 'faq-3-toggle').click();
    const reports = await checkEveryMode(page, 'faq-open');
    expect(reports.map((report) => report.mode)).toHaveLength(DISPLAY_MODES.length);
    // The frame's title bar is checked with the frame (config/e2e/accessibility.e2e.test.ts).
    const sizes = reports
      .flatMap((report) => report.sizes)
      .filter((s) => !s.includes('#title-bar-'));
    expect([...reports.flatMap((report) => report.serious.map((f) => f.id)), ...sizes]).toEqual([]);
  });
});
