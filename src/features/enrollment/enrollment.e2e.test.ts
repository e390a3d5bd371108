import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import {
  choose,
  continueTo,
  openTask,
  submitFromCheck,
  taskStatus,
  typeInto,
  visible,
} from '../../../config/e2e/enrollment-steps';
import {
  acceptResidenceAndSchool,
  childOf,
  fillChild,
  fillGuardian,
  fillToConfirm,
  openEnrollment as openAs,
} from '../../../config/e2e/enrollment-journey';

const e2e = setUpE2eApp();
const openEnrollment = (parentId: string) => openAs(e2e, parentId);

function registrationCount(): number {
  return e2e.app.server.gateway.state.enrollment.registrations.length;
}

describe('primary school enrollment registration', () => {
  it('registers a child whose household and property all verify, with backfilled answers', async () => {
    const page = await openEnrollment('p-all-verified');
    await expect(visible(page, 'recommendation').innerText()).resolves.toContain('户籍');
    await fillChild(page, 'p-all-verified');
    await expect(taskStatus(page, 'child')).resolves.toBe('已完成');
    await fillGuardian(page, 'father');
    await openTask(page, 'household');
    await visible(page, 'f-household-head-backfill').waitFor({ timeout: 15_000 });
    await expect(visible(page, 'f-household-head-backfill').innerText()).resolves.toContain(
      '自动回填',
    );
    await continueTo(page, '#step-household-1');
    await continueTo(page, '#task-residence');
    await openTask(page, 'residence');
    await continueTo(page, '#step-residence-1');
    await continueTo(page, '#step-residence-2');
    await continueTo(page, '#step-residence-3');
    await continueTo(page, '#task-school');
    await expect(taskStatus(page, 'migrant')).resolves.toBe('无需填写');
    await openTask(page, 'school');
    await page.locator('#f-schoolId:visible [role="radio"]').first().click();
    await continueTo(page, '#task-materials');
    await openTask(page, 'materials');
    await continueTo(page, '#check-answers');
    await visible(page, 'check-answers').click();
    await submitFromCheck(page);
    await expect(visible(page, 'submit-confirm').innerText()).resolves.toContain('不能修改');
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor();
    await expect(visible(page, 'receipt-reference').innerText()).resolves.toMatch(/JN2022-E-\d{6}/);
    await expect(visible(page, 'not-admission').innerText()).resolves.toContain('电话通知');
  });

  it('turns a disputed backfilled answer into a manual one that needs a supporting photo (FAQ 5)', async () => {
    const page = await openEnrollment('p-all-verified');
    await fillChild(page, 'p-all-verified');
    await fillGuardian(page, 'father');
    await openTask(page, 'household');
    await continueTo(page, '#step-household-1');
    await visible(page, 'f-household-address-dispute').click();
    // Once disputed, the field becomes a manual answer the parent can change, part by part.
    await page.locator('#f-household-address-street:visible input:enabled').waitFor();
    await expect(visible(page, 'f-household-address-backfill').count()).resolves.toBe(0);
    await typeInto(page, 'f-household-address', '济南市历下区样例路100号样例小区3号楼2单元502室');
    await continueTo(page, '#task-residence');
    await acceptResidenceAndSchool(page);
    await openTask(page, 'materials');
    await visible(page, 'material-correction-household-address').waitFor();
    await expect(
      visible(page, 'material-correction-household-address').innerText(),
    ).resolves.toContain('户籍地址');
  });

  it('finds every typed answer again after a reload in the middle of a step (FAQ 7)', async () => {
    const page = await openEnrollment('p-all-verified');
    const child = childOf('p-all-verified');
    await openTask(page, 'child');
    await typeInto(page, 'f-child-name', child.name);
    await choose(page, 'f-child-idType', 'resident-id');
    await typeInto(page, 'f-child-idNumber', child.idNumber.slice(0, 10));
    await page.reload();
    await visible(page, 'step-child-0').waitFor();
    await expect(page.locator('#f-child-name:visible input').inputValue()).resolves.toBe(
      child.name,
    );
    await expect(page.locator('#f-child-idNumber:visible input').inputValue()).resolves.toBe(
      child.idNumber.slice(0, 10),
    );
    await expect(
      page.locator('#f-child-idType-resident-id:visible').getAttribute('aria-checked'),
    ).resolves.toBe('true');
  });

  it('makes exactly one registration from a double tap on confirm', async () => {
    const page = await openEnrollment('p-all-verified');
    await fillToConfirm(page);
    await visible(page, 'confirm-submit').dblclick();
    await visible(page, 'receipt-reference').waitFor();
    expect(registrationCount()).toBe(1);
  });

  it('makes exactly one registration when a slow submit times out and is sent again', async () => {
    const page = await openEnrollment('p-all-verified');
    await fillToConfirm(page);
    // The first submit reaches the gateway only after the app stopped waiting (15 s).
    await e2e.app.control('/faults', {
      mode: 'latency',
      latencyMs: 17_000,
      times: 1,
      pathPrefix: '/registrations',
    });
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 40_000 });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(registrationCount()).toBe(1);
  }, 60_000);

  it('refuses to submit after the window closed, says so, and keeps the draft', async () => {
    const page = await openEnrollment('p-all-verified');
    await fillToConfirm(page);
    await e2e.app.control('/clock', { now: '2022-07-10T18:00:01+08:00' });
    await visible(page, 'confirm-submit').click();
    await page.getByText('登记已结束').first().waitFor();
    expect(registrationCount()).toBe(0);
    await page.reload();
    await page.getByText('登记已结束').first().waitFor();
    await expect(page.locator('#summary-child-name:visible').innerText()).resolves.toContain(
      childOf('p-all-verified').name,
    );
  });
});
