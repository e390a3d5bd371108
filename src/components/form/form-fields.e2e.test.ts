import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, keepScreenshot } from '../../../config/e2e/artifacts';
import { DISPLAY_MODES, showMode } from '../../../config/e2e/display-modes';
import {
  childOf,
  fillChild,
  fillGuardian,
  openEnrollment,
} from '../../../config/e2e/enrollment-journey';
import { addressLine, continueTo, openTask, visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

// Issues 14 and 18, at the level of the form fields: keyboard-only filling, errors and hints in
// each field's accessible description, text reachable at 200% zoom in elder mode, pickers and
// verified answers as rows; screenshots of every section step in zh, en and elder mode for review.
jest.setTimeout(180_000);
const e2e = setUpE2eApp();

/** The focused element: its id, role, tag and the id of the question it belongs to. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      id: element?.id ?? '',
      role: element?.getAttribute('role') ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      field: element?.closest('.field')?.id ?? '',
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element, as a keyboard user would. */
async function tabUntil(
  page: Page,
  wanted: (at: Awaited<ReturnType<typeof focused>>) => boolean,
  what: string,
): Promise<number> {
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return presses;
  }
  await keepScreenshot(page, `tab-until-${what}`);
  throw new Error(`Tab never reached ${what}`);
}

/** Tab to the task's link, then Enter: the section opens. */
async function openTaskByKeyboard(page: Page, section: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(
      (id) => document.activeElement?.closest(`#${id}`) !== null,
      `task-${section}`,
    );
    if (there) break;
  }
  await page.keyboard.press('Enter');
  await page.locator(`[id^="step-${section}-"]:visible`).waitFor();
}

/** Tab to "save and continue", then Enter, and wait for what follows. */
async function continueByKeyboard(page: Page, next: string): Promise<void> {
  await tabUntil(page, (at) => at.id === 'continue', 'continue');
  await page.keyboard.press('Enter');
  await page.locator(`${next}:visible`).waitFor({ timeout: 15_000 });
}

describe('form fields by keyboard only', () => {
  it('fills the child and guardian sections with Tab, arrows, Space, typing and Enter', async () => {
    // A family whose records give neither the ethnicity nor the parent's role: both are asked.
    const parentId = 'p-grandmother-property';
    const child = childOf(parentId);
    const page = await openEnrollment(e2e, parentId);

    await openTaskByKeyboard(page, 'child');
    await tabUntil(page, (at) => at.field === 'f-child-name' && at.tag === 'input', 'name');
    await page.keyboard.type(child.name);
    // The four ID types are one Tab stop; Space chooses the focused one.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ role: 'radio', field: 'f-child-idType' });
    await page.keyboard.press('ArrowDown');
    await expect(
      visible(page, 'f-child-idType-hmt-residence-permit').getAttribute('aria-checked'),
    ).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect(
      visible(page, 'f-child-idType-resident-id').getAttribute('aria-checked'),
    ).resolves.toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', field: 'f-child-idNumber' });
    await expect(
      page.locator('#f-child-idNumber:visible input').getAttribute('inputmode'),
    ).resolves.toBe('numeric');
    await page.keyboard.type(child.idNumber);
    await continueByKeyboard(page, '#step-child-1');

    // Ethnicity: search, then the list is one Tab stop with 汉族 first.
    await tabUntil(
      page,
      (at) => at.tag === 'input' && at.field === 'f-child-ethnicity',
      'ethnicity search',
    );
    await page.keyboard.type('回');
    await expect(page.locator('#f-child-ethnicity:visible [role="radio"]').count()).resolves.toBe(
      1,
    );
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ id: 'f-child-ethnicity-01', role: 'radio' });
    await page.keyboard.press('Space');
    await expect(visible(page, 'f-child-ethnicity-01').getAttribute('aria-checked')).resolves.toBe(
      'true',
    );
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', field: 'f-child-contactMobile' });
    await expect(
      page.locator('#f-child-contactMobile:visible input').getAttribute('type'),
    ).resolves.toBe('tel');
    await continueByKeyboard(page, '#task-guardian');

    await openTaskByKeyboard(page, 'guardian');
    await tabUntil(page, (at) => at.field === 'f-guardian-applicantRole', 'role');
    await page.keyboard.press('Space');
    await continueByKeyboard(page, '#step-guardian-1');
    await tabUntil(page, (at) => at.field === 'f-guardian-hasOtherParent', 'other parent');
    // Arrow keys move and choose at once: "暂不填写" is the second option.
    await page.keyboard.press('ArrowDown');
    await expect(
      visible(page, 'f-guardian-hasOtherParent-no').getAttribute('aria-checked'),
    ).resolves.toBe('true');
    await continueByKeyboard(page, '#task-household');
    await expect(page.locator('#task-guardian-status:visible').innerText()).resolves.toBe('已完成');
  });
});

describe('errors tied to their fields', () => {
  it('gives each invalid field its error and hint as its accessible description', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await openTask(page, 'child');
    await visible(page, 'continue').click();
    await visible(page, 'error-summary').waitFor();
    const described = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.page [aria-invalid="true"]'))
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => ({
          field: element.closest('.field')?.id ?? '',
          description: (element.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        })),
    );
    expect(described.map((entry) => entry.field).sort()).toEqual([
      'f-child-idNumber',
      'f-child-idType',
      'f-child-name',
    ]);
    const byField = Object.fromEntries(described.map((entry) => [entry.field, entry.description]));
    // Each control's name comes from its own visible label, whose id nothing else on the page has.
    const labels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.page [aria-invalid="true"]'))
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => {
          const ref = element.getAttribute('aria-labelledby') ?? '';
          const first = ref.split(' ')[0] ?? '';
          return {
            field: element.closest('.field')?.id ?? '',
            ref,
            sharedBy: first ? document.querySelectorAll(`[id="${first}"]`).length : 0,
            text: first ? (document.getElementById(first) as HTMLElement | null)?.innerText : '',
          };
        }),
    );
    expect(labels.filter((label) => label.sharedBy !== 1 || !label.text)).toEqual([]);
    expect(byField['f-child-name']).toContain('请输入孩子的姓名');
    expect(byField['f-child-name']).toContain('与户口簿或证件上的姓名一致');
    expect(byField['f-child-idNumber']).toContain('请输入孩子的证件号码');
    expect(byField['f-child-idType']).toContain('请选择孩子的证件类型');
    // The drawn marks are not part of any option's name.
    const names = await page
      .locator('#f-child-idType:visible [role="radio"]')
      .evaluateAll((radios) =>
        radios.map((radio) =>
          Array.from(radio.querySelectorAll('*'))
            .filter((node) => node.getAttribute('aria-hidden') !== 'true')
            .filter((node) => !node.closest('[aria-hidden="true"]'))
            .map((node) => Array.from(node.childNodes).filter((c) => c.nodeType === 3))
            .flat()
            .map((text) => text.textContent ?? '')
            .join(''),
        ),
      );
    expect(names[0]).toBe('居民身份证');
    expect(names.join('')).not.toMatch(/[○◉●]/);
  });
});

/**
 * Text of the step's questions a parent cannot reach: past the screen's edge, or cut off by a box
 * that does not scroll. (The frame around the step is checked by the frame's own tests.)
 */
function unreachableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const clips = (element: Element) => {
      const style = getComputedStyle(element);
      return ['hidden', 'clip'].includes(style.overflowX);
    };
    document.querySelectorAll('.section-step *').forEach((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      const ownText = Array.from(element.childNodes).some(
        (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
      );
      if (!ownText) return;
      const label = `${element.tagName.toLowerCase()}#${element.id}.${element.className}: ${(
        element.textContent ?? ''
      ).slice(0, 30)}`;
      if (box.right > width + 1 || box.left < -1) problems.push(`off screen ${label}`);
      if (clips(element) && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`cut off ${label}`);
      }
    });
    if (document.documentElement.scrollWidth > width + 1)
      problems.push('the page scrolls sideways');
    return problems;
  });
}

describe('200% zoom in elder mode', () => {
  it('leaves no text of the questions unreachable at 195 px, with errors and long English words', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await openTask(page, 'child');
    await visible(page, 'continue').click();
    await visible(page, 'error-summary').waitFor();
    await page.setViewportSize({ width: 195, height: 844 });
    const problems: string[] = [];
    const sizes: string[] = [];
    async function measure(name: string) {
      for (const mode of DISPLAY_MODES.filter((entry) => entry.elder)) {
        await showMode(page, mode);
        problems.push(...(await unreachableText(page)).map((p) => `${mode.lang} ${name}: ${p}`));
        sizes.push(...(await smallFieldText(page)).map((p) => `${mode.lang} ${name}: ${p}`));
        await shootStep(page, `fields-195-${name}-${mode.lang}`);
      }
      await showMode(page, DISPLAY_MODES[0]);
    }
    await measure('child-errors');
    await page.setViewportSize({ width: 390, height: 844 });
    await visible(page, 'back-to-tasks').click();
    await fillChild(page, 'p-all-verified');
    await fillGuardian(page, 'father');
    await openTask(page, 'household');
    await visible(page, 'f-household-head-backfill').waitFor({ timeout: 15_000 });
    await continueTo(page, '#step-household-1');
    await page.setViewportSize({ width: 195, height: 844 });
    await measure('household');
    expect(problems).toEqual([]);
    expect(sizes).toEqual([]);
  });
});

/** Field text under 18 CSS px in elder mode: the size floor must hold where the root font is smallest. */
function smallFieldText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.page--elder .section-step *'))
      .filter((element) => element.getBoundingClientRect().height > 0)
      .filter((element) =>
        Array.from(element.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()),
      )
      .map((element) => ({ element, size: parseFloat(getComputedStyle(element).fontSize) }))
      .filter((entry) => entry.size < 18)
      .map((entry) => `${entry.size}px ${entry.element.className}`),
  );
}

/** A screenshot of the whole step, however long (the page scrolls inside Taro's container). */
async function shootStep(page: Page, name: string): Promise<void> {
  // Taro slides a new page in from the side: wait until nothing sticks out any more.
  await page
    .waitForFunction(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1,
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page
    .locator('.section-step:visible')
    .first()
    .screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
}

async function shootEveryMode(page: Page, name: string): Promise<void> {
  for (const mode of DISPLAY_MODES) {
    await showMode(page, mode);
    await shootStep(page, `fields-${name}-${mode.lang}${mode.elder ? '-elder' : ''}`);
  }
  await showMode(page, DISPLAY_MODES[0]);
}

describe('pickers and verified answers', () => {
  it('shows verified answers as rows, explains 信息有误 and undoes it; screenshots each step', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await openTask(page, 'child');
    await shootEveryMode(page, 'child-0');
    await visible(page, 'continue').click();
    await visible(page, 'error-summary').waitFor();
    await shootEveryMode(page, 'child-0-errors');
    await visible(page, 'back-to-tasks').click();
    await fillChild(page, 'p-all-verified');
    await openTask(page, 'child');
    await continueTo(page, '#step-child-1');
    await shootEveryMode(page, 'child-1');
    await continueTo(page, '#task-guardian');
    await fillGuardian(page, 'father');
    await openTask(page, 'household');
    await visible(page, 'f-household-head-backfill').waitFor({ timeout: 15_000 });
    await expect(page.locator('#f-household-head:visible input').count()).resolves.toBe(0);
    await shootEveryMode(page, 'household-0');
    await continueTo(page, '#step-household-1');
    const address = await visible(page, 'f-household-address-value').innerText();
    expect(address.length).toBeGreaterThan(10);
    await visible(page, 'f-household-address-dispute').click();
    await expect(visible(page, 'f-household-address-disputed').innerText()).resolves.toContain(
      '户口簿首页（户主页）和孩子本人页',
    );
    // The disputed line comes back as the picker's parts, which compose to the same line.
    const street = await page.locator('#f-household-address-street:visible input').inputValue();
    expect(street.length).toBeGreaterThan(2);
    expect(address).toContain(street);
    await expect(addressLine(page, 'f-household-address')).resolves.toBe(address);
    await shootEveryMode(page, 'household-1-disputed');
    await visible(page, 'f-household-address-restore').click();
    await visible(page, 'f-household-address-backfill').waitFor();
    await expect(visible(page, 'f-household-address-value').innerText()).resolves.toBe(address);
    await continueTo(page, '#task-residence');
    await openTask(page, 'residence');
    await shootEveryMode(page, 'residence-0');
    for (const step of [1, 2, 3]) {
      await continueTo(page, `#step-residence-${step}`);
      if (step === 3) await shootEveryMode(page, 'residence-3');
    }
    await continueTo(page, '#task-school');
    await openTask(page, 'school');
    await page.locator('#f-schoolId:visible [role="radio"]').first().waitFor();
    await shootEveryMode(page, 'school');
  });
});
