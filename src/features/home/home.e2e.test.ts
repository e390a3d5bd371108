import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { visibleAndHiddenText } from '../../../config/e2e/page-text';
import { SEED_PARENTS } from '../../../mock/seed/parents';

const parent = SEED_PARENTS[0]!;

const e2e = setUpE2eApp();

describe('home page', () => {
  it('signs a parent in through the development host picker and masks the ID number', async () => {
    const page = await e2e.app.open(e2e.context);
    await page.locator(`#dev-parent-${parent.parentId}`).click();
    await page.locator('#parent-card').waitFor();
    await expect(page.locator('#parent-card').innerText()).resolves.toContain(parent.name);
    const masked = `${parent.idNumber.slice(0, 6)}********${parent.idNumber.slice(-4)}`;
    await expect(page.locator('#parent-id').innerText()).resolves.toContain(masked);
    const everything = await visibleAndHiddenText(page);
    expect(everything).not.toContain(parent.idNumber);
    expect(everything).not.toContain(parent.idNumber.slice(6, 14));
  });

  it.each([
    ['2022-06-30T12:00:00+08:00', 'not-open', 'not-open', '尚未开始'],
    ['2022-07-05T10:00:00+08:00', 'open', 'open', '登记中'],
    ['2022-07-15T10:00:00+08:00', 'closed', 'open', '已结束'],
    ['2022-07-21T10:00:00+08:00', 'closed', 'closed', '已结束'],
  ])(
    'shows each window as the gateway clock says at %s',
    async (now, enrollment, transfer, enrollmentWords) => {
      await e2e.app.control('/clock', { now });
      const page = await e2e.app.open(e2e.context, { parentId: parent.parentId });
      const enrollmentCard = page.locator('#subsystem-enrollment');
      await enrollmentCard.waitFor();
      await expect(enrollmentCard.getAttribute('data-phase')).resolves.toBe(enrollment);
      await expect(page.locator('#subsystem-transfer').getAttribute('data-phase')).resolves.toBe(
        transfer,
      );
      await expect(enrollmentCard.innerText()).resolves.toContain(enrollmentWords);
    },
  );

  it('shows the opening time in Beijing time before a window opens', async () => {
    await e2e.app.control('/clock', { now: '2022-06-30T12:00:00+08:00' });
    const page = await e2e.app.open(e2e.context, { parentId: parent.parentId });
    await expect(page.locator('#subsystem-enrollment-phase').innerText()).resolves.toContain(
      '2022年7月1日 08:00',
    );
  });

  it('shows a retry screen during a gateway outage and recovers when it ends', async () => {
    await e2e.app.control('/faults', {
      mode: 'unavailable',
      retryAfterSeconds: 60,
      pathPrefix: '/config',
    });
    const page = await e2e.app.open(e2e.context, { parentId: parent.parentId });
    const problem = page.locator('#problem-panel');
    await problem.waitFor();
    await expect(problem.innerText()).resolves.toContain('重试');
    await e2e.app.control('/faults', null);
    await page.locator('#problem-retry').click();
    await page.locator('#subsystem-enrollment').waitFor();
    await expect(page.locator('#problem-panel').count()).resolves.toBe(0);
  });

  it('renews an expired session through the host and keeps going without a new sign-in screen', async () => {
    const page = await e2e.app.open(e2e.context, { parentId: parent.parentId });
    await page.locator('#parent-card').waitFor();
    await e2e.app.control('/sessions/expire', {});
    await page.locator('#footer-faq').click();
    await page.locator('#faq-14').waitFor();
    await expect(page.locator('#problem-panel').count()).resolves.toBe(0);
    const state = (await e2e.app.control('/state')) as { data: { sessions: { live: boolean }[] } };
    expect(state.data.sessions.filter((session) => session.live)).toHaveLength(1);
  });

  it.each([
    ['not-logged-in', '您还没有登录'],
    ['cancelled', '您取消了登录'],
    ['refused', '您未同意授权'],
  ])('explains a host sign-on failure (%s) and signs in on retry', async (failure, words) => {
    const page = await e2e.app.open(e2e.context, {
      parentId: parent.parentId,
      query: { devHostFail: failure },
    });
    const problem = page.locator('#problem-panel');
    await problem.waitFor();
    await expect(problem.innerText()).resolves.toContain(words);
    await page.locator('#problem-retry').click();
    await page.locator('#parent-card').waitFor();
  });
});
