import type { BrowserContext, Page } from 'playwright-core';
import { PRODUCTION_BUILD_DIR, startE2eApp, type E2eApp } from '../../config/e2e/e2e-app';
import {
  hostCalls,
  LOVE_SHANDONG_UA,
  playHost,
  QUANCHENG_UA,
  type SimulatedHost,
} from '../../config/e2e/simulated-host';
import { makeTestPhotos, type TestFile } from '../../config/e2e/test-photos';
import { BUREAU_HELP_LINE } from '../../mock/seed/season';
import { signOn } from '../messages/zh-cn/sign-on';

// The real production build (TARO_APP_HOST=auto) inside a simulated host app that answers the
// way the Love Shandong bridge really does (HOST.md): JSON strings, envelopes, plain strings,
// late injection, and bridges that throw, never answer or answer twice.
let app: E2eApp;
let context: BrowserContext;

beforeAll(async () => {
  app = await startE2eApp(PRODUCTION_BUILD_DIR);
});

afterAll(async () => {
  await app.close();
});

beforeEach(async () => {
  await app.control('/reset', {});
});

afterEach(async () => {
  expect(app.observed(context).pageErrors).toEqual([]);
  await context.close();
});

async function openIn(
  host: SimulatedHost | null,
  options: { userAgent?: string; route?: string } = {},
): Promise<Page> {
  context = await app.newContext({ userAgent: options.userAgent ?? LOVE_SHANDONG_UA });
  if (host) await playHost(context, host);
  return app.open(context, { route: options.route });
}

async function signedIn(page: Page): Promise<void> {
  await page.locator('#parent-card').waitFor();
}

async function problem(page: Page, timeout = 5_000): Promise<string> {
  await page.locator('#problem-panel').waitFor({ timeout });
  return page.locator('#problem-panel').innerText();
}

async function usedTickets(): Promise<number> {
  const state = (await app.control('/state')) as { data: { usedTicketCount: number } };
  return state.data.usedTicketCount;
}

async function apisCalled(page: Page): Promise<string[]> {
  return (await hostCalls(page)).map((call) => call.api);
}

describe('signing in through the Love Shandong bridge in the production build', () => {
  it('signs in with the retcode envelope whose data is a JSON string', async () => {
    const page = await openIn({ hostId: 'ishandong', getTicket: [{ envelope: {} }] });
    await signedIn(page);
    expect(await apisCalled(page)).toEqual(['user.getTicket']);
  });

  it('signs in with the older {type, ticket} string', async () => {
    const page = await openIn({ hostId: 'ishandong', getTicket: [{ legacy: {} }] });
    await signedIn(page);
  });

  it('tells the Quancheng Office app apart by its user-agent token', async () => {
    const page = await openIn(
      { hostId: 'quancheng', getTicket: [{ envelope: {} }] },
      { userAgent: QUANCHENG_UA },
    );
    // The gateway accepts a quancheng ticket only when the app says it came from Quancheng.
    await signedIn(page);
  });

  it('opens the host’s login after 未登录 and signs in with the ticket it answers', async () => {
    const page = await openIn({
      hostId: 'ishandong',
      getTicket: [{ say: '未登录' }],
      loginapp: [{ legacy: {} }],
    });
    await signedIn(page);
    expect(await apisCalled(page)).toEqual(['user.getTicket', 'user.loginapp']);
  });

  it.each([
    ['取消登录', signOn.cancelled.title],
    ['用户拒绝授权', signOn.refused.title],
    ['未登录', signOn['not-logged-in'].title],
  ] as const)('shows its own screen when the login answers %s', async (said, title) => {
    const page = await openIn({
      hostId: 'ishandong',
      getTicket: [{ say: '未登录' }],
      loginapp: [{ say: said }],
    });
    expect(await problem(page)).toContain(title);
    await expect(page.locator('#problem-retry').isVisible()).resolves.toBe(true);
  });

  it('tells a legal-person account to sign in with a personal account', async () => {
    const page = await openIn({
      hostId: 'ishandong',
      getTicket: [{ envelope: { usertype: '2' } }],
    });
    expect(await problem(page)).toContain(signOn['legal-person'].title);
    expect(await usedTickets()).toBe(0);
  });

  it('finds a bridge the loader injects 500 ms after the page started', async () => {
    const page = await openIn({
      hostId: 'ishandong',
      injectAfterMs: 500,
      getTicket: [{ envelope: {} }],
    });
    await signedIn(page);
  });

  it('shows a screen with 重试 when the bridge throws, and signs in on 重试', async () => {
    const page = await openIn({
      hostId: 'ishandong',
      getTicket: [{ throws: 'Cannot read properties of undefined' }, { envelope: {} }],
    });
    expect(await problem(page)).toContain(signOn['not-answering'].title);
    await page.locator('#problem-retry').click();
    await signedIn(page);
  });

  it('gives up on a bridge that never answers, and 重试 signs in once it does', async () => {
    const page = await openIn({
      hostId: 'ishandong',
      getTicket: [{ never: true }, { envelope: {} }],
    });
    await expect(page.locator('[role="status"]').first().isVisible()).resolves.toBe(true);
    expect(await problem(page, 15_000)).toContain(signOn['not-answering'].title);
    await page.locator('#problem-retry').click();
    await signedIn(page);
    expect(await apisCalled(page)).toEqual(['user.getTicket', 'user.getTicket']);
  });

  it('uses the first answer of a bridge that answers twice', async () => {
    const page = await openIn({ hostId: 'ishandong', getTicket: [{ twice: true }] });
    await signedIn(page);
    await page.waitForTimeout(300);
    expect(await usedTickets()).toBe(1);
    await expect(page.locator('#problem-panel').count()).resolves.toBe(0);
  });

  it('reads a not-logged-in failure given through fail as 未登录', async () => {
    const page = await openIn({
      hostId: 'ishandong',
      getTicket: [{ fail: '未登录' }],
      loginapp: [{ fail: { code: -1, msg: '取消登录' } }],
    });
    expect(await problem(page)).toContain(signOn.cancelled.title);
  });

  it('asks to open the service in the host app when no bridge appears, and looks again on 重试', async () => {
    const page = await openIn(null);
    expect(await problem(page, 15_000)).toContain('无法连接到“爱山东”');
    // The host's bridge arrives late, after the first attempt gave up.
    await page.evaluate(() => {
      const ticket = () => `ishandong:p-all-verified:${Math.random().toString(36).slice(2)}`;
      (window as unknown as { lightAppJssdk: unknown }).lightAppJssdk = {
        user: {
          getTicket: (o: { success(result: unknown): void }) =>
            setTimeout(() => o.success(JSON.stringify({ type: '1', ticket: ticket() })), 10),
        },
      };
    });
    await page.locator('#problem-retry').click();
    await signedIn(page);
  });
});

describe('the host’s other calls in the production build', () => {
  let photo: TestFile;
  // The host's second picture is a different page: the same photo twice is refused.
  let secondPhoto: TestFile;

  beforeAll(async () => {
    ({ phone12: photo, phone12b: secondPhoto } = await makeTestPhotos(app.browser));
  }, 120_000);

  it('takes photos from media.chooseImage, fetching each picPath URL, and uploads them', async () => {
    const pictures = ['https://pictures.host.example/1.jpg', 'https://pictures.host.example/2.jpg'];
    const page = await openIn(
      {
        hostId: 'ishandong',
        getTicket: [{ envelope: {} }],
        chooseImage: [{ picPath: [pictures[0]!] }, { data: { picPath: [pictures[1]!] } }],
      },
      { route: '/features/photo-check/index' },
    );
    await page.route('https://pictures.host.example/**', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'image/jpeg', 'access-control-allow-origin': '*' },
        body: route.request().url() === pictures[0] ? photo.buffer : secondPhoto.buffer,
      }),
    );
    let fileChooserOpened = false;
    page.on('filechooser', () => (fileChooserOpened = true));

    await page.locator('#photo-check-album').click();
    await page.locator('#photo-check-photo-1[data-state="uploaded"]').waitFor({ timeout: 30_000 });
    await page.locator('#photo-check-album').click();
    await page.locator('#photo-check-photo-2[data-state="uploaded"]').waitFor({ timeout: 30_000 });

    const widths = await page
      .locator('#photo-check-results .notice')
      .evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.width)));
    // The 4032 x 3024 phone photo, compressed as from the file input: long side 2339 px.
    expect(widths).toEqual([2339, 2339]);
    expect(fileChooserOpened).toBe(false);
    const chooses = (await hostCalls(page)).filter((call) => call.api === 'media.chooseImage');
    expect(chooses).toHaveLength(2);
    expect(chooses[0]?.options).toMatchObject({ type: '0', count: expect.any(String) });
  });

  it('dials the help line through device.call', async () => {
    const page = await openIn({ hostId: 'ishandong', getTicket: [{ envelope: {} }] });
    await signedIn(page);
    await page.locator('#footer-help-line').click();
    const calls = (await hostCalls(page)).filter((call) => call.api === 'device.call');
    expect(calls).toHaveLength(1);
    // The gateway's number, as a dialler takes it: digits only.
    expect(calls[0]?.options.phone).toBe(BUREAU_HELP_LINE.replace(/\D/g, ''));
  });
});
