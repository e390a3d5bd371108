/**
 * Each subsystem follows its own window (FAQ 1, 8, 13): after a window closes, home's card leads
 * to what the family submitted there; 继续登记 starts the subsystem it is offered from.
 */
import { storeRegistration } from '../../../mock/model/registrations';
import { seedRegistration } from '../../../mock/registration-fixtures';
import { transferFor } from '../../../mock/transfer-fixtures';
import { visible } from '../../../config/e2e/enrollment-steps';
import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';

const e2e = setUpE2eApp();
// Between the two closing dates: enrollment closed (07-10 18:00), transfer open (07-20 18:00).
const BETWEEN = '2022-07-15T10:00:00+08:00';

function seedTransfer(parentId: string, childName: string) {
  const gateway = e2e.app.server.gateway;
  return storeRegistration(
    gateway.state.enrollment,
    parentId,
    transferFor(parentId, childName, '2', null),
    { key: `t-${childName}`, fingerprint: `t-${childName}` },
    gateway.clock.now(),
  );
}

async function openHome(parentId: string) {
  const page = await e2e.app.open(e2e.context, { parentId });
  await visible(page, 'subsystem-enrollment').waitFor({ timeout: 20_000 });
  return page;
}

describe('home follows each window', () => {
  it('leads a closed subsystem’s card to the registration that was submitted, view-only', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    await e2e.app.control('/clock', { now: BETWEEN });
    const page = await openHome('p-all-verified');
    await expect(visible(page, 'open-transfer').innerText()).resolves.toBe('开始转学登记');
    await visible(page, 'open-enrollment').click();
    await visible(page, 'detail-reference').waitFor({ timeout: 20_000 });
    await expect(visible(page, 'detail-reference').innerText()).resolves.toContain(
      registration.reference,
    );
    await expect(visible(page, 'view-only-notice').innerText()).resolves.toContain('只能查看');
    await expect(page.locator('#task-child:visible').count()).resolves.toBe(0);
  });

  it('says there is nothing when the family submitted nothing in a closed subsystem', async () => {
    await e2e.app.control('/clock', { now: BETWEEN });
    const page = await openHome('p-all-verified');
    await expect(visible(page, 'subsystem-enrollment-none').innerText()).resolves.toContain(
      '没有提交过小学入学信息登记',
    );
    await expect(page.locator('#open-enrollment:visible').count()).resolves.toBe(0);
  });
});

describe('继续登记 per subsystem', () => {
  it('starts another transfer from a transfer registration after the enrollment window closed', async () => {
    const registration = seedTransfer('p-transfer-family', '马思远');
    await e2e.app.control('/clock', { now: BETWEEN });
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-transfer-family',
      route: '/features/registrations/index',
    });
    await visible(page, `reg-${registration.id}`).waitFor({ timeout: 20_000 });
    await expect(page.locator('#register-another-enrollment:visible').count()).resolves.toBe(0);
    await visible(page, 'register-another-transfer').click();
    const another = visible(page, 'another-child');
    await another.waitFor({ timeout: 20_000 });
    await expect(another.getAttribute('data-subsystem')).resolves.toBe('transfer');
    const shown = await another.innerText();
    expect(shown).toContain('中小学转学申请信息登记');
    expect(shown).not.toContain('马思远');
    await visible(page, 'another-confirm').click();
    await visible(page, 'task-student').waitFor({ timeout: 20_000 });
    await expect(visible(page, 'task-household-status').innerText()).resolves.not.toBe('未开始');
  });

  it('refuses to start an enrollment after its window closed, saying which one', async () => {
    const registration = seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    await e2e.app.control('/clock', { now: BETWEEN });
    const page = await e2e.app.open(e2e.context, {
      parentId: 'p-all-verified',
      route: `/features/registrations/another?from=${registration.id}`,
    });
    await expect(visible(page, 'another-closed').innerText()).resolves.toContain(
      '小学入学信息登记已结束',
    );
  });
});
