import { fillToConfirm, openEnrollment } from '../../config/e2e/enrollment-journey';
import { visible } from '../../config/e2e/enrollment-steps';
import { mockTime } from '../../config/e2e/mock-time';
import { setUpE2eApp } from '../../config/e2e/set-up-e2e-app';

// Opening day (FAQ 9): a gateway shedding load for a whole minute is waited out on a calm
// screen, never shown as an error, and the registration goes through once it is served. The
// minute is mock time: the page's clock and the gateway's move together (config/e2e/mock-time).
const e2e = setUpE2eApp();

function registrations(): number {
  return e2e.app.server.gateway.state.enrollment.registrations.length;
}

describe('the waiting room', () => {
  it('rides out a minute of 429s on submit with a countdown and no error, then registers once', async () => {
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
    // Every page in the stack has its frame; the one on screen is the one that counts.
    const room = visible(page, 'waiting-room');
    await room.waitFor({ timeout: 10_000 });
    await expect(room.innerText()).resolves.toContain('当前办理人数较多');
    await expect(room.innerText()).resolves.toContain('您填写的内容已保存');
    await expect(visible(page, 'waiting-room-countdown').innerText()).resolves.toMatch(
      /\d+ 秒后自动重试/,
    );
    const countdown = async () =>
      Number((await visible(page, 'waiting-room-countdown').innerText()).match(/(\d+) 秒/)?.[1]);
    const shown = await countdown();
    await time.pass(3_000);
    await expect(countdown()).resolves.toBeLessThan(shown);
    // Well past the 20 s after which a busy gateway used to end in an error.
    await time.pass(22_000);
    await expect(page.locator('#submit-failure:visible').count()).resolves.toBe(0);
    await expect(room.isVisible()).resolves.toBe(true);
    expect(registrations()).toBe(0);
    await time.until(visible(page, 'receipt-reference'), 60_000);
    // Served only once the gateway's minute of shedding was over.
    expect(gatewayClock.now() - stormFrom).toBeGreaterThanOrEqual(60_000);
    await expect(room.count()).resolves.toBe(0);
    expect(registrations()).toBe(1);
  }, 120_000);
});
