import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { visible } from '../../../config/e2e/enrollment-steps';
import { storeRegistration } from '../../../mock/model/registrations';
import { seedRegistration } from '../../../mock/registration-fixtures';
import { transferFor } from '../../../mock/transfer-fixtures';

// 我的登记 across both subsystems of one account (issue 7; FAQ 13: the accounts are common).
const e2e = setUpE2eApp();

describe('我的登记 with both subsystems', () => {
  it('shows one enrollment and one transfer registration of one parent with their states', async () => {
    const { gateway } = e2e.app.server;
    const enrollment = seedRegistration(gateway, 'p-transfer-family');
    const body = transferFor('p-transfer-family', '马思琪', '6', null);
    const key = { key: 'both-1', fingerprint: 'both-1' };
    const transfer = storeRegistration(
      gateway.state.enrollment,
      'p-transfer-family',
      body,
      key,
      gateway.clock.now(),
    );
    await e2e.app.control(`/registrations/${transfer.id}/advance`, { to: 'in-review' });
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-transfer-family',
      route: '/features/registrations/index',
    });
    await visible(page, 'group-transfer').waitFor();
    const enrollmentGroup = await visible(page, 'group-enrollment').innerText();
    const transferGroup = await visible(page, 'group-transfer').innerText();
    expect(enrollmentGroup).toContain('马思远');
    expect(enrollmentGroup).not.toContain('马思琪');
    expect(transferGroup).toContain('马思琪');
    expect(transferGroup).toContain('中小学转学申请信息登记');
    const status = (id: string) =>
      page.locator(`[id$="${id}-status"]:visible`).getAttribute('data-status');
    await expect(status(enrollment.id)).resolves.toBe('submitted');
    await expect(status(transfer.id)).resolves.toBe('in-review');
  });
});
