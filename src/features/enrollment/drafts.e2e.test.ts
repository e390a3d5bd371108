/**
 * Drafts that are never lost (FAQ 7): sealed per parent on the device, saved to the gateway,
 * resumed in the other host app, conflicts shown, offline edits sent when the network returns.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from '../../../config/e2e/e2e-app';
import { choose, openTask, typeInto, visible } from '../../../config/e2e/enrollment-steps';

const A = 'p-all-verified';
const B = 'p-migrant-worker';
const CHILD = { name: '李沐阳', idNumber: '370102201510180033' };

let app: E2eApp;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.control('/reset', {});
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function freshContext(label: string): Promise<BrowserContext> {
  const context = await app.newContext({ userAgent: `Mozilla/5.0 (${label})` });
  contexts.push(context);
  return context;
}

/** Opens the child section of the parent's newest draft (restored local or server copy). */
async function openChild(context: BrowserContext, parentId = A): Promise<Page> {
  const page = await app.open(context, { parentId, route: '/features/enrollment/index' });
  await visible(page, 'task-child').waitFor({ timeout: 20_000 });
  await openTask(page, 'child');
  return page;
}

async function fillHalf(page: Page, name = CHILD.name): Promise<void> {
  await typeInto(page, 'f-child-name', name);
  await choose(page, 'f-child-idType', 'resident-id');
  await typeInto(page, 'f-child-idNumber', CHILD.idNumber);
}

async function saveState(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.locator(`#save-state[data-state="${state}"]:visible`).waitFor({ timeout });
}

async function shown(page: Page) {
  return {
    name: await page.locator('#f-child-name:visible input').inputValue(),
    idNumber: await page.locator('#f-child-idNumber:visible input').inputValue(),
  };
}

describe('drafts (FAQ 7)', () => {
  it('keeps a half-filled form on the device, sealed, when the page is closed and reopened', async () => {
    // The gateway never gets it: what comes back is the device's own sealed copy.
    await app.control('/faults', { mode: 'network-error', pathPrefix: '/drafts', times: 1000 });
    const context = await freshContext('Love Shandong');
    const first = await openChild(context);
    await fillHalf(first);
    await page_leaves(first);
    const stored = await first.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain('drafts.p-all-verified');
    expect(stored).not.toContain(CHILD.name);
    expect(stored).not.toContain(CHILD.idNumber);
    await first.close();
    const again = await openChild(context);
    await expect(shown(again)).resolves.toEqual(CHILD);
    await app.control('/faults', null);
  });

  it('continues in the other host app as the same parent, identical', async () => {
    const loveShandong = await openChild(await freshContext('Love Shandong'));
    await fillHalf(loveShandong);
    await saveState(loveShandong, 'saved');
    const quancheng = await openChild(await freshContext('Quancheng Office'));
    await expect(shown(quancheng)).resolves.toEqual(CHILD);
  });

  it('shows both copies when two apps edit at once, and the parent chooses', async () => {
    const one = await openChild(await freshContext('Love Shandong'));
    await fillHalf(one);
    await saveState(one, 'saved');
    const two = await openChild(await freshContext('Quancheng Office'));
    await typeInto(one, 'f-child-name', '李沐阳甲');
    await saveState(one, 'saved');
    await typeInto(two, 'f-child-name', '李沐阳乙');
    const panel = visible(two, 'draft-conflict');
    await panel.waitFor({ timeout: 15_000 });
    await expect(visible(two, 'conflict-local').innerText()).resolves.toContain('李沐阳乙');
    await expect(visible(two, 'conflict-server').innerText()).resolves.toContain('李沐阳甲');
    await expect(panel.innerText()).resolves.not.toContain(CHILD.idNumber);
    await visible(two, 'keep-this-device').click();
    await saveState(two, 'saved');
    const three = await openChild(await freshContext('another phone'));
    await expect(shown(three)).resolves.toEqual({ ...CHILD, name: '李沐阳乙' });
  });

  it("never shows parent A's draft to parent B on the same device", async () => {
    const context = await freshContext('Love Shandong');
    const asA = await openChild(context, A);
    await fillHalf(asA);
    await saveState(asA, 'saved');
    await asA.close();
    const asB = await openChild(context, B);
    await expect(shown(asB)).resolves.toEqual({ name: '', idNumber: '' });
    const keys = await asB.evaluate(() => Object.keys(localStorage));
    expect(keys).not.toContain(`drafts.${A}`);
  });

  it('sends edits made offline when the network returns', async () => {
    const context = await freshContext('Love Shandong');
    const page = await openChild(context);
    await context.setOffline(true);
    await fillHalf(page);
    await saveState(page, 'offline');
    await expect(visible(page, 'save-state').innerText()).resolves.toContain('尚未保存');
    await context.setOffline(false);
    await saveState(page, 'saved', 40_000);
    const elsewhere = await openChild(await freshContext('Quancheng Office'));
    await expect(shown(elsewhere)).resolves.toEqual(CHILD);
  });

  it('says so when device storage refuses, and the server copy still restores', async () => {
    const context = await freshContext('Love Shandong');
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function guarded(key: string, value: string) {
        if (key.startsWith('drafts.')) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const page = await openChild(context);
    await fillHalf(page);
    await saveState(page, 'device-failed');
    await expect(visible(page, 'save-state').innerText()).resolves.toContain('保存到服务器');
    await page
      .locator('#save-state[data-state="device-failed"]:visible', { hasText: '已于' })
      .waitFor({ timeout: 15_000 });
    await page.close();
    const again = await openChild(context);
    await expect(shown(again)).resolves.toEqual(CHILD);
  });
});

/** The page is hidden (the parent switches apps): the debounced sealed write happens now. */
async function page_leaves(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(300);
}
