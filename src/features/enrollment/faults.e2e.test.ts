import { setUpE2eApp } from '../../../config/e2e/set-up-e2e-app';
import { visible } from '../../../config/e2e/enrollment-steps';
import { fillToConfirm, openEnrollment } from '../../../config/e2e/enrollment-journey';
import { seedRegistration } from '../../../mock/registration-fixtures';

// Opening day on a weak network: each fault leaves the parent told what to do, nothing typed
// lost, and never a second registration (FAQ 7, 8, 9).
const e2e = setUpE2eApp();

function registrations(): number {
  return e2e.app.server.gateway.state.enrollment.registrations.length;
}

async function readyToConfirm() {
  const page = await openEnrollment(e2e, 'p-all-verified');
  await fillToConfirm(page);
  return page;
}

describe('submitting under faults', () => {
  it('tells the parent when the network is down, keeps the answers, and registers once on retry', async () => {
    const page = await readyToConfirm();
    await e2e.context.setOffline(true);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'submit-failure').waitFor({ timeout: 30_000 });
    await expect(visible(page, 'submit-failure').innerText()).resolves.toContain('网络');
    expect(registrations()).toBe(0);
    await e2e.context.setOffline(false);
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 30_000 });
    expect(registrations()).toBe(1);
  }, 90_000);

  it('rides out a short storm of server errors and registers once', async () => {
    const page = await readyToConfirm();
    await e2e.app.control('/faults', {
      mode: 'server-error',
      times: 2,
      pathPrefix: '/registrations',
    });
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 30_000 });
    expect(registrations()).toBe(1);
  });

  it('renews a session that expired on the check page and registers once', async () => {
    const page = await readyToConfirm();
    await e2e.app.control('/sessions/expire', {});
    await visible(page, 'confirm-submit').click();
    await visible(page, 'receipt-reference').waitFor({ timeout: 30_000 });
    expect(registrations()).toBe(1);
  });

  it('tells the second device that the child is already registered', async () => {
    const page = await readyToConfirm();
    seedRegistration(e2e.app.server.gateway, 'p-all-verified');
    await visible(page, 'confirm-submit').click();
    await visible(page, 'submit-failure').waitFor({ timeout: 30_000 });
    await expect(visible(page, 'submit-failure').innerText()).resolves.toContain('已有登记');
    expect(registrations()).toBe(1);
  });
});

describe('a busy gateway', () => {
  it('waits as Retry-After says before asking again, without a storm of retries', async () => {
    const configRequests: number[] = [];
    e2e.context.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/gateway/config'))
        configRequests.push(Date.now());
    });
    await e2e.app.control('/faults', {
      mode: 'rate-limited',
      retryAfterSeconds: 2,
      times: 1,
      pathPrefix: '/config',
    });
    const page = await e2e.app.open(e2e.context, { parentId: 'p-all-verified' });
    await visible(page, 'subsystem-enrollment').waitFor({ timeout: 20_000 });
    expect(configRequests).toHaveLength(2);
    expect(configRequests[1]! - configRequests[0]!).toBeGreaterThanOrEqual(2_000);
  });
});
