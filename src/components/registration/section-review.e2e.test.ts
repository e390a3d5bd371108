/**
 * A section the records answer in full is one screen (issue 14): its verified answers as rows,
 * and one 确认无误 in the bottom bar that finishes the section.
 */
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { DISPLAY_MODES, showMode } from '../../../config/e2e/display-modes';
import { fillChild, fillGuardian, openEnrollment } from '../../../config/e2e/enrollment-journey';
import { openTask, visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

const e2e = setUpE2eApp();

describe('a fully verified section', () => {
  it('shows a fully verified section as one screen of facts with 确认无误 in the bottom bar', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await fillChild(page, 'p-all-verified');
    await fillGuardian(page, 'father');
    await openTask(page, 'residence');
    await page.locator('[data-review="residence"]:visible').waitFor({ timeout: 15_000 });
    for (const field of ['kind', 'certificateNumber', 'ownerName', 'address']) {
      await visible(page, `f-residence-${field}-backfill`).waitFor();
    }
    await expect(visible(page, 'continue').innerText()).resolves.toBe('确认无误');
    await expect(page.locator('.bottom-bar:visible #continue').count()).resolves.toBe(1);
    for (const mode of DISPLAY_MODES) {
      await showMode(page, mode);
      await keepScreenshot(page, `review-residence-${mode.lang}${mode.elder ? '-elder' : ''}`);
    }
    await showMode(page, DISPLAY_MODES[0]);
    await visible(page, 'continue').click();
    await visible(page, 'task-school').waitFor();
    await expect(visible(page, 'task-residence-status').innerText()).resolves.toBe('已完成');
  });
});
