/**
 * Correcting a returned registration (FAQ 14): the form repeats the reason and marks the
 * section, and the link to the returned registration survives a reload, so the resubmit
 * replaces it instead of being refused as a duplicate.
 */
import {
  continueTo,
  openTask,
  submitFromCheck,
  visible,
} from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { seedRegistration } from '../../../mock/registration-fixtures';

const e2e = setUpE2eApp();
const REASON = '请核对房屋地址，与不动产权证上的地址不一致。';

describe('a returned registration corrected', () => {
  it('shows the reason on the form, marks the section, and resubmits after a reload', async () => {
    const gateway = e2e.app.server.gateway;
    const registration = seedRegistration(gateway, 'p-all-verified');
    await e2e.app.control(`/registrations/${registration.id}/advance`, {
      to: 'returned',
      reason: REASON,
      section: 'residence',
    });
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-all-verified',
      route: `/features/registrations/detail?id=${registration.id}`,
    });
    await visible(page, 'fix-resubmit').click();
    await visible(page, 'correction-banner').waitFor({ timeout: 20_000 });
    await expect(visible(page, 'correction-banner').innerText()).resolves.toContain(REASON);
    await expect(visible(page, 'task-residence-status').innerText()).resolves.toContain('需修改');
    await page.locator('#save-state[data-state="saved"]:visible').waitFor({ timeout: 15_000 });
    await page.reload();
    await visible(page, 'correction-banner').waitFor({ timeout: 20_000 });
    await expect(visible(page, 'task-residence-status').innerText()).resolves.toContain('需修改');
    await openTask(page, 'child');
    await continueTo(page, '#step-child-1');
    await continueTo(page, '#task-guardian');
    await visible(page, 'check-answers').click({ timeout: 20_000 });
    await submitFromCheck(page);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 20_000 });
    const stored = gateway.state.enrollment.registrations;
    expect(stored).toHaveLength(1);
    expect(stored[0]?.replaces).toBe(registration.id);
  });
});
