import { PRODUCTION_BUILD_DIR, startE2eApp, type E2eApp } from '../../config/e2e/e2e-app';

// The real production build (TARO_APP_HOST=auto) inside a simulated host app: the test plays the
// host by injecting `window.lightAppJssdk`, which hands out tickets the mock gateway accepts.
let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp(PRODUCTION_BUILD_DIR);
});

afterAll(async () => {
  await app.close();
});

function hostScript(outcome: { ticketHost?: string; fail?: string }) {
  return `window.lightAppJssdk = { user: { getTicket(options) {
    window.__ticketRequests = (window.__ticketRequests || 0) + 1;
    setTimeout(() => ${JSON.stringify(outcome.fail ?? null)}
      ? options.fail(${JSON.stringify(outcome.fail ?? '')})
      : options.success({ ticket: '${outcome.ticketHost}:p-all-verified:' + Math.random() }), 10);
  } } };`;
}

describe('light app bridge in the production build', () => {
  it('signs in inside Love Shandong with the host ticket', async () => {
    const context = await app.newContext({
      userAgent: 'Mozilla/5.0 (Linux; Android 10) ishandong/3.1',
    });
    await context.addInitScript(hostScript({ ticketHost: 'ishandong' }));
    const page = await app.open(context);
    await page.locator('#parent-card').waitFor();
    await context.close();
  });

  it('tells the Quancheng Office app apart by its user agent', async () => {
    const context = await app.newContext({
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_0) QuanchengOffice/2.0',
    });
    await context.addInitScript(hostScript({ ticketHost: 'quancheng' }));
    const page = await app.open(context);
    await page.locator('#parent-card').waitFor();
    await context.close();
  });

  it('shows the not-logged-in screen with a retry when the host says "not logged in"', async () => {
    const context = await app.newContext();
    await context.addInitScript(hostScript({ fail: 'not logged in' }));
    const page = await app.open(context);
    await page.locator('#problem-panel').waitFor();
    await expect(page.locator('#problem-panel').innerText()).resolves.toContain('您还没有登录');
    await page.locator('#problem-retry').click();
    await page.waitForFunction(
      () => (window as unknown as { __ticketRequests: number }).__ticketRequests === 2,
    );
    await page.locator('#problem-panel').waitFor();
    await context.close();
  });

  it('explains that the service must be opened in the host app when there is no bridge', async () => {
    const context = await app.newContext();
    const page = await app.open(context);
    await page.locator('#problem-panel').waitFor();
    await expect(page.locator('#problem-panel').innerText()).resolves.toContain(
      '无法连接到“爱山东”',
    );
    await context.close();
  });
});
