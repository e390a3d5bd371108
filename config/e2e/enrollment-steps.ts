import type { Page } from 'playwright-core';
import { splitAddress } from '../../src/domain/registration/address';
import { keepScreenshot } from './artifacts';
import type { TestFile } from './test-photos';

/**
 * Types into a Taro input by the question's id (`f-child-name`). An address question is a
 * picker: the line is split the way the picker composes it, then each part is chosen or typed.
 */
export async function typeInto(page: Page, fieldId: string, text: string): Promise<void> {
  if ((await page.locator(`#${fieldId}-street:visible`).count()) > 0) {
    await fillAddress(page, fieldId, text);
    return;
  }
  const input = page.locator(`#${fieldId}:visible input`);
  await input.fill(text);
}

/** Fills an address picker with one whole line (`济南市历下区…3号楼2单元501室`). */
export async function fillAddress(page: Page, fieldId: string, line: string): Promise<void> {
  const parts = splitAddress(line);
  await page.locator(`#${fieldId}-district-${parts.district}:visible`).click();
  await page.locator(`#${fieldId}-street:visible input`).fill(parts.street);
  for (const part of ['building', 'unit', 'room'] as const) {
    await page.locator(`#${fieldId}-${part}:visible input`).fill(parts[part]);
  }
  await page.locator(`#${fieldId}-full:visible`).waitFor();
}

/** The one line an address picker will register, as the parent sees it under the parts. */
export async function addressLine(page: Page, fieldId: string): Promise<string> {
  return page.locator(`#${fieldId}-full:visible .address-picker__line`).innerText();
}

/**
 * Picks an option of a choice question (`f-child-idType`, 'resident-id'). Where the records
 * already answer it, it shows as a verified row instead, and there is nothing to pick.
 */
export async function choose(page: Page, fieldId: string, value: string): Promise<void> {
  const option = page.locator(`#${fieldId}-${value}:visible`);
  const verified = page.locator(`#${fieldId}-backfill:visible`);
  // The records may answer it while the parent is about to tap: then the option goes away.
  for (let attempt = 1; ; attempt += 1) {
    await option.or(verified).first().waitFor();
    if ((await verified.count()) > 0) return;
    try {
      await option.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

/**
 * Presses "save and continue" (or 确认无误) and waits for the next screen (or the task list).
 * A section the records answer in full is one review screen: its later steps' answers are on it
 * already, so going on to one of them does nothing.
 */
export async function continueTo(page: Page, nextSelector: string): Promise<void> {
  const laterStep = /^#step-([a-z]+)-[1-9]\d*$/.exec(nextSelector);
  if (laterStep && (await page.locator(`[data-review="${laterStep[1]}"]:visible`).count()) > 0) {
    return;
  }
  await page.locator('#continue:visible').click();
  try {
    await page.locator(`${nextSelector}:visible`).waitFor({ timeout: 10_000 });
  } catch (error) {
    await keepScreenshot(page, `continue-to-${nextSelector.replace(/\W+/g, '-')}`);
    throw error;
  }
}

/**
 * On the check page: ticks the declaration (本人承诺…), which submit requires, and presses
 * submit; the final "submit is final" question follows.
 */
export async function submitFromCheck(page: Page): Promise<void> {
  await page.locator('#declaration:visible').click();
  await page.locator('#declaration:visible[aria-checked="true"]').waitFor();
  await page.locator('#submit:visible').click();
}

/** Opens a section from the task list. */
export async function openTask(page: Page, section: string): Promise<void> {
  await page.locator(`#task-${section}:visible [role="link"]`).click();
  await page.locator(`[id^="step-${section}-"]:visible`).waitFor();
}

/** The visible element with this id: Taro H5 keeps earlier pages of the stack, hidden, in the DOM. */
export function visible(page: Page, id: string) {
  return page.locator(`#${id}:visible`);
}

/** The status text of a task on the task list. */
export async function taskStatus(page: Page, section: string): Promise<string> {
  return page.locator(`#task-${section}-status:visible`).innerText();
}

/**
 * Adds photos to a photo slot through the album button and waits until they are uploaded.
 * Chromium opens a file chooser only within the tap's user activation; on a loaded test machine
 * the page can be too busy to open it in time, so the tap is repeated, as a parent would.
 */
export async function uploadPhotos(page: Page, slotId: string, files: TestFile[]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.locator(`#${slotId}-album:visible`).click();
    try {
      await (await chooser).setFiles(files);
      break;
    } catch (error) {
      if (attempt >= 3) {
        await keepScreenshot(page, `upload-${slotId}`);
        throw error;
      }
    }
  }
  await page
    .locator(`#${slotId}-photo-${files.length}[data-state="uploaded"]:visible`)
    .waitFor({ timeout: 30_000 });
}
