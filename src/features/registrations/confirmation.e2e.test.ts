/**
 * The confirmation page (FAQ 10, 14): success, a copyable reference number, what happens next
 * with the gateway's dates, and the way on; reachable again from 我的登记.
 */
import type { Page } from 'playwright-core';
import { fillToConfirm } from '../../../config/e2e/enrollment-journey';
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { seedRegistration } from '../../../mock/registration-fixtures';

const e2e = setUpE2eApp();

async function openConfirmation(parentId: string, id: string): Promise<Page> {
  const page = await e2e.app.open(e2e.context, {
    parentId,
    route: `/features/enrollment/receipt?id=${id}`,
  });
  await visible(page, 'receipt').waitFor({ timeout: 20_000 });
  return page;
}

describe('the confirmation page', () => {
  it('says 提交成功 once, copies the reference number and leads to 我的登记 and back', async () => {
    await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-all-verified',
      route: '/features/enrollment/index',
    });
    await visible(page, 'task-child').waitFor({ timeout: 20_000 });
    await fillToConfirm(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt').waitFor({ timeout: 20_000 });
    const text = await visible(page, 'receipt').innerText();
    const pageText = await page.locator('.page:visible').innerText();
    expect(pageText.split('提交成功')).toHaveLength(2);
    expect(text).toContain('小学入学信息登记：李沐阳');
    expect(text).toContain('2022年7月10日 18:00');
    const reference = await visible(page, 'receipt-reference').innerText();
    expect(reference).toMatch(/^JN2022-E-\d{6}$/);
    await expect(page.locator('#book-appointment:visible').count()).resolves.toBe(0);
    await visible(page, 'copy-reference').click();
    await expect(visible(page, 'copy-status').innerText()).resolves.toContain('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(reference);
    await visible(page, 'open-registrations').click();
    const [registration] = e2e.app.server.gateway.state.enrollment.registrations;
    const id = registration?.registration.id ?? '';
    await visible(page, `reg-${id}-receipt`).click();
    await expect(visible(page, 'receipt-reference').innerText()).resolves.toBe(reference);
  });

  it('puts 立即预约现场登记 first for a migrant worker’s child, and it opens the booking', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-migrant-worker');
    const page = await openConfirmation('p-migrant-worker', registration.id);
    const buttons = await page
      .locator('#receipt:visible button')
      .evaluateAll((all) => all.map((button) => button.id));
    expect(buttons.filter((id) => id !== 'copy-reference')).toEqual([
      'book-appointment',
      'open-registrations',
      'register-another-child',
    ]);
    await expect(visible(page, 'confirmation-next').innerText()).resolves.toContain(
      '2022年7月10日 18:00',
    );
    await visible(page, 'book-appointment').click();
    await visible(page, 'appointment-current').waitFor({ timeout: 20_000 });
  });

  it('starts another child from the family’s answers with 继续登记其他孩子', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    const page = await openConfirmation('p-all-verified', registration.id);
    await visible(page, 'register-another-child').click();
    await visible(page, 'another-child').waitFor({ timeout: 20_000 });
    await expect(visible(page, 'another-child').innerText()).resolves.not.toContain('李沐阳');
  });
});
