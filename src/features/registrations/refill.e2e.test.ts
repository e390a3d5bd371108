/**
 * 删除信息 then 用已删除的内容重新填写 (FAQ 5, 8): what the gateway verified stays verified, with
 * its 自动回填 mark, and no photo is asked for a verified fact.
 */
import type { Page } from 'playwright-core';
import { fillToConfirm } from '../../../config/e2e/enrollment-journey';
import { keepScreenshot } from '../../../config/e2e/artifacts';
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { seedRegistration } from '../../../mock/registration-fixtures';
import { zhCN } from '../../../src/messages/zh-cn';

const e2e = setUpE2eApp();
const PARENT = 'p-all-verified';
// The check page marks each verified answer "自动回填 · <source>".
const MARK = zhCN.check.backfilledFrom.split('{source}')[0] ?? '';

const marks = async (page: Page) =>
  (await page.locator('.page:visible').innerText()).split(MARK).length - 1;

async function deleteAndRefill(page: Page): Promise<void> {
  await visible(page, 'delete').click();
  await visible(page, 'confirm-delete').click();
  await visible(page, 'deleted').waitFor();
  await visible(page, 'refill').click();
  await visible(page, 'task-child').waitFor({ timeout: 20_000 });
}

/** No photo asked for: the materials task is complete (once the verification has answered). */
async function materialsDone(page: Page): Promise<void> {
  try {
    await page
      .locator('#task-materials-status:visible', { hasText: '已完成' })
      .waitFor({ timeout: 30_000 });
  } catch (error) {
    await keepScreenshot(page, 'refill-materials');
    throw error;
  }
}

async function checkPage(page: Page): Promise<void> {
  await visible(page, 'check-answers').click({ timeout: 30_000 });
  await visible(page, 'submit').waitFor({ timeout: 20_000 });
}

describe('filling again from a deleted registration', () => {
  it('keeps every 自动回填 mark of a fully verified registration and asks for no photo', async () => {
    const page = await e2e.app.open(e2e.context, {
      parentId: PARENT,
      route: '/features/enrollment/index',
    });
    await visible(page, 'task-child').waitFor({ timeout: 20_000 });
    await fillToConfirm(page);
    const before = await marks(page);
    expect(before).toBeGreaterThan(3);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt').waitFor({ timeout: 20_000 });
    const [stored] = e2e.app.server.gateway.state.enrollment.registrations;
    const id = stored?.registration.id ?? '';
    const detail = await e2e.app.open(e2e.context, {
      parentId: PARENT,
      route: `/features/registrations/detail?id=${id}`,
    });
    await visible(detail, 'detail-reference').waitFor({ timeout: 20_000 });
    const jobs = () => Object.keys(e2e.app.server.gateway.state.enrollment.verifications).length;
    const jobsBefore = jobs();
    await deleteAndRefill(detail);
    await materialsDone(detail);
    await checkPage(detail);
    await expect(marks(detail)).resolves.toBe(before);
    // The finished job was reused: no new verification was needed.
    expect(jobs()).toBe(jobsBefore);
  });

  it('runs the verification again by itself when the registration has none to reuse', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, PARENT);
    const detail = await e2e.app.open(e2e.context, {
      parentId: PARENT,
      route: `/features/registrations/detail?id=${registration.id}`,
    });
    await visible(detail, 'detail-reference').waitFor({ timeout: 20_000 });
    await deleteAndRefill(detail);
    await materialsDone(detail);
    await checkPage(detail);
    await expect(marks(detail)).resolves.toBeGreaterThan(3);
  });
});
