import { childOf, fillToConfirm, openEnrollment } from '../../config/e2e/enrollment-journey';
import { visible } from '../../config/e2e/enrollment-steps';
import { mockTime } from '../../config/e2e/mock-time';
import { setUpE2eApp } from '../../config/e2e/set-up-e2e-app';

// Opening day (FAQ 9): a parent who leaves while the gateway sheds load (the host app drops the
// webview, the page is reloaded) finds the wait going on when they come back, with nothing typed
// lost, and the registration goes through once, when the gateway serves it. The minute is mock
// time: the page's clock and the gateway's move together (config/e2e/mock-time).
const e2e = setUpE2eApp();

function registrations() {
  return e2e.app.server.gateway.state.enrollment.registrations;
}

describe('the waiting room after leaving and coming back', () => {
  it('resumes the wait by itself on return, keeps the answers, then registers once', async () => {
    const page = await openEnrollment(e2e, 'p-all-verified');
    await fillToConfirm(page);
    await e2e.app.control('/faults', {
      mode: 'rate-limited',
      retryAfterSeconds: 15,
      forSeconds: 60,
      pathPrefix: '/registrations',
    });
    const gatewayClock = e2e.app.server.gateway.clock;
    const stormFrom = gatewayClock.now();
    const time = mockTime(page, gatewayClock);
    await time.start();
    await visible(page, 'confirm-submit').click();
    await visible(page, 'waiting-room').waitFor({ timeout: 10_000 });

    // The parent leaves in the middle of the storm and opens the app again at the same place.
    await page.reload();
    const room = visible(page, 'waiting-room');
    await room.waitFor({ timeout: 30_000 });
    await expect(room.innerText()).resolves.toContain('当前办理人数较多');
    await expect(room.innerText()).resolves.toContain('您填写的内容已保存');
    await expect(visible(page, 'waiting-room-countdown').innerText()).resolves.toMatch(
      /\d+ 秒后自动重试|正在重试/,
    );
    expect(registrations()).toHaveLength(0);

    await time.until(visible(page, 'receipt-reference'), 90_000);
    // Served only once the gateway's minute of shedding was over.
    expect(gatewayClock.now() - stormFrom).toBeGreaterThanOrEqual(60_000);
    expect(registrations()).toHaveLength(1);
    // What was typed before leaving is what was registered.
    const child = childOf('p-all-verified');
    expect(registrations()[0]?.submission.answers.child).toMatchObject({
      name: child.name,
      idNumber: child.idNumber,
    });
  }, 120_000);
});
