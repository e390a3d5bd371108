/**
 * A registration's page (FAQ 8, 14): the school by name and address, a transfer's own answers,
 * a page that says so after 删除信息, a returned registration's reason first, and buttons that
 * destroy looking like it.
 */
import type { Page } from 'playwright-core';
import { storeRegistration } from '../../../mock/model/registrations';
import { seedRegistration } from '../../../mock/registration-fixtures';
import { transferFor } from '../../../mock/transfer-fixtures';
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

const e2e = setUpE2eApp();

async function openDetail(parentId: string, id: string): Promise<Page> {
  const page = await e2e.app.open(e2e.context, {
    parentId,
    route: `/features/registrations/detail?id=${id}`,
  });
  await visible(page, 'detail-reference').waitFor({ timeout: 20_000 });
  return page;
}

describe('a registration’s page', () => {
  it('names the school with its address, never its internal id', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    const page = await openDetail('p-all-verified', registration.id);
    const text = await page.locator('.page:visible').innerText();
    expect(text).toMatch(/济南市历下区样例第一小学（济南市历下区[^）]+\d+号）/);
    expect(text).not.toContain(registration.schoolId);
  });

  it('shows a transfer’s own answers, the status number masked', async () => {
    const gateway = e2e.app.server.gateway;
    const registration = storeRegistration(
      gateway.state.enrollment,
      'p-transfer-family',
      transferFor('p-transfer-family', '马思远', '2', null),
      { key: 't-1', fingerprint: 't-1' },
      gateway.clock.now(),
    );
    const page = await openDetail('p-transfer-family', registration.id);
    const text = await page.locator('.page:visible').innerText();
    expect(text).toContain('现就读年级');
    expect(text).toContain('申请转入年级');
    expect(text).toContain('户籍迁移');
    expect(text).toMatch(/全国学籍号\s*G370102\*+0071/);
    expect(text).not.toContain('370102201602140071');
  });

  it('after 确认删除 shows only that it was deleted and the ways on', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    const page = await openDetail('p-all-verified', registration.id);
    const red = 'rgb(179, 38, 30)';
    await expect(
      visible(page, 'delete').evaluate((el) => getComputedStyle(el).color),
    ).resolves.toBe(red);
    await visible(page, 'delete').click();
    await expect(
      visible(page, 'confirm-delete').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).resolves.toBe(red);
    await visible(page, 'confirm-delete').click();
    await visible(page, 'deleted').waitFor();
    const text = await page.locator('.page:visible').innerText();
    expect(text).toContain(`回执编号 ${registration.reference} 已作废`);
    expect(text).not.toContain('已提交');
    expect(text).not.toContain('审核进度');
    await visible(page, 'deleted-registrations').click();
    await visible(page, 'group-enrollment').waitFor({ timeout: 20_000 });
    await expect(page.locator(`#reg-${registration.id}:visible`).count()).resolves.toBe(0);
  });

  it('puts a returned registration’s whole reason and its deadline first', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    const reason =
      '房产证照片不清晰，无法辨认产权人姓名和房屋地址。请在光线充足处重新拍摄房产证的产权人页和地址页，并确认照片四角完整。';
    await e2e.app.control(`/registrations/${registration.id}/advance`, { to: 'returned', reason });
    const page = await openDetail('p-all-verified', registration.id);
    const notice = visible(page, 'correction');
    await expect(notice.innerText()).resolves.toContain(reason);
    await expect(notice.innerText()).resolves.toContain('前修改并重新提交');
    const order = await page.evaluate(() => {
      const at = (id: string) =>
        [...document.querySelectorAll(`#${id}`)]
          .find((el) => (el as HTMLElement).offsetParent)
          ?.getBoundingClientRect().top ?? -1;
      return { correction: at('correction'), summary: at('registration-summary') };
    });
    expect(order.correction).toBeGreaterThan(0);
    expect(order.correction).toBeLessThan(order.summary);
    const box = await notice.boundingBox();
    const reasonBox = await visible(page, 'correction-reason').boundingBox();
    expect(reasonBox && box && reasonBox.width <= box.width).toBe(true);
  });
});
