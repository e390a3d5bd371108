/**
 * Drafts that mean something (FAQ 7, 8): a submit leaves no draft behind, whatever pages stay in
 * the stack, and a parent can see each draft's progress and delete it after a confirmation.
 */
import type { Page } from 'playwright-core';
import { fillToConfirm } from '../../../config/e2e/enrollment-journey';
import { choose, openTask, typeInto, visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

const e2e = setUpE2eApp();
const PARENT = 'p-all-verified';

function serverDrafts(parentId = PARENT) {
  return Object.keys(e2e.app.server.gateway.state.drafts[parentId] ?? {});
}

/** Waits until the gateway's state meets `met` (it changes in the background). */
async function until(met: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!met() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function openList(): Promise<Page> {
  const page = await e2e.app.open(e2e.context, {
    parentId: PARENT,
    route: '/features/registrations/index',
  });
  await visible(page, 'group-enrollment').waitFor({ timeout: 20_000 });
  return page;
}

describe('drafts after submit', () => {
  it('leaves no draft behind after a submit, on the device or the gateway', async () => {
    const page = await e2e.app.open(e2e.context, {
      parentId: PARENT,
      route: '/features/enrollment/index',
    });
    await visible(page, 'task-child').waitFor({ timeout: 20_000 });
    await fillToConfirm(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt').waitFor({ timeout: 20_000 });
    const submittedAt = e2e.app.observed(e2e.context).requests.length;
    // Pages left in the stack (task list, sections) get time to write, as they used to.
    await page.waitForTimeout(3000);
    const after = e2e.app.observed(e2e.context).requests.slice(submittedAt);
    expect(after.filter((url) => /\/drafts\/|\/schools\//.test(url))).toEqual([]);
    expect(serverDrafts()).toEqual([]);
    await page.close();
    const list = await openList();
    await visible(
      list,
      'reg-' + e2e.app.server.gateway.state.enrollment.registrations[0]?.registration.id,
    ).waitFor();
    await expect(list.locator('#drafts:visible').count()).resolves.toBe(0);
    expect(serverDrafts()).toEqual([]);
  });

  it('opening a form and leaving it makes no draft', async () => {
    const form = await e2e.app.open(e2e.context, {
      parentId: PARENT,
      route: '/features/enrollment/index',
    });
    await visible(form, 'task-child').waitFor({ timeout: 20_000 });
    await openTask(form, 'child');
    await form.waitForTimeout(2500);
    await form.close();
    const list = await openList();
    await expect(list.locator('#drafts:visible').count()).resolves.toBe(0);
    expect(serverDrafts()).toEqual([]);
  });

  it('shows a draft’s subsystem, child, progress and save time, and deletes it after asking', async () => {
    const form = await e2e.app.open(e2e.context, {
      parentId: PARENT,
      route: '/features/enrollment/index',
    });
    await visible(form, 'task-child').waitFor({ timeout: 20_000 });
    await openTask(form, 'child');
    await typeInto(form, 'f-child-name', '李沐阳');
    await choose(form, 'f-child-idType', 'resident-id');
    await form.locator('#save-state[data-state="saved"]:visible').waitFor({ timeout: 15_000 });
    expect(serverDrafts()).toHaveLength(1);
    const [id] = serverDrafts();
    await form.close();
    const list = await openList();
    const entry = visible(list, `draft-${id}`);
    await entry.waitFor();
    const text = await entry.innerText();
    expect(text).toContain('小学入学信息登记');
    expect(text).toContain('李沐阳');
    expect(text).toMatch(/已完成 0\/\d 项/);
    expect(text).toMatch(/最后保存：\d{4}年/);
    await visible(list, `draft-${id}-delete`).click();
    await visible(list, `draft-${id}-confirm`).waitFor();
    await visible(list, `draft-${id}-cancel-delete`).click();
    await visible(list, `draft-${id}-edit`).waitFor();
    await visible(list, `draft-${id}-delete`).click();
    await visible(list, `draft-${id}-confirm-delete`).click();
    await visible(list, `draft-${id}`).waitFor({ state: 'detached' });
    await until(() => serverDrafts().length === 0);
    expect(serverDrafts()).toEqual([]);
    await list.reload();
    await visible(list, 'group-enrollment').waitFor({ timeout: 20_000 });
    await expect(list.locator('#drafts:visible').count()).resolves.toBe(0);
  });
});
