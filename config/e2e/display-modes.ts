import type { Page } from 'playwright-core';
import { keepScreenshot } from './artifacts';
import { runAxe, seriousOrWorse, type AxeFinding } from './axe';
import { visible } from './enrollment-steps';

/** The four ways a parent can see a page (issue 9): two languages, normal and elder mode. */
export const DISPLAY_MODES = [
  { lang: 'zh-CN', elder: false },
  { lang: 'zh-CN', elder: true },
  { lang: 'en-US', elder: true },
  { lang: 'en-US', elder: false },
] as const;

export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** Switches the page to a mode with the preferences bar, as a parent would. */
export async function showMode(page: Page, mode: DisplayMode): Promise<void> {
  const root = page.locator('.page:visible').first();
  if ((await page.evaluate(() => document.documentElement.lang)) !== mode.lang) {
    await visible(page, 'switch-language').click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, mode.lang);
  }
  const elderNow = ((await root.getAttribute('class')) ?? '').includes('page--elder');
  if (elderNow !== mode.elder) {
    await visible(page, 'switch-elder-mode').click();
    await page.locator(`#switch-elder-mode:visible[aria-pressed="${mode.elder}"]`).waitFor();
  }
}

/** Elder mode's measurable promises: text of at least 18 CSS px and targets of 60 x 60. */
export async function elderSizeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}`;
    const problems: string[] = [];
    document.querySelectorAll('.page--elder *').forEach((element) => {
      if (!shown(element)) return;
      const ownText = Array.from(element.childNodes).some(
        (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
      );
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (ownText && size < 18) problems.push(`text ${size}px: ${name(element)}`);
      const control = element.matches('[role="button"],[role="link"],[role="radio"],input');
      const box = element.getBoundingClientRect();
      if (control && (box.width < 60 || box.height < 60)) {
        problems.push(
          `target ${Math.round(box.width)}x${Math.round(box.height)}: ${name(element)}`,
        );
      }
    });
    return problems;
  });
}

export interface ModeReport {
  mode: string;
  serious: AxeFinding[];
  other: string[];
  sizes: string[];
}

/**
 * Runs axe in each display mode on the page as it is, measures elder mode, and keeps an elder-mode
 * screenshot per language for review. Ends back in Chinese, normal mode.
 */
export async function checkEveryMode(page: Page, name: string): Promise<ModeReport[]> {
  const reports: ModeReport[] = [];
  for (const mode of DISPLAY_MODES) {
    await showMode(page, mode);
    const findings = await runAxe(page);
    const label = `${mode.lang}${mode.elder ? ' elder' : ''}`;
    const sizes = mode.elder ? await elderSizeProblems(page) : [];
    if (mode.elder) await keepScreenshot(page, `elder-${name}-${mode.lang}`);
    const serious = seriousOrWorse(findings);
    const other = findings.filter((f) => !serious.includes(f)).map((f) => `${f.impact} ${f.id}`);
    reports.push({ mode: label, serious, other, sizes });
  }
  await showMode(page, DISPLAY_MODES[0]);
  return reports;
}
