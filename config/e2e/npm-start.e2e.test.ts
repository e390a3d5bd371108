import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumEnvironment, findChromium } from './find-chromium';

// The README's first command, run as a newcomer runs it: `npm start`, then the URL it prints is
// opened in a browser. The dev server is its own program (webpack's dev server, the msw service
// worker, the development host), so nothing else in the suite would notice it breaking.
const ROOT = path.resolve(__dirname, '..', '..');
const LISTENING = /Listening at (http:\/\/\S+)/;
const STARTUP_LIMIT_MS = 240_000;

let server: ChildProcess | undefined;
let output = '';
let browser: Browser | undefined;

function waitForUrl(): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no URL in time:\n${output.slice(-2000)}`)),
      STARTUP_LIMIT_MS,
    );
    const look = () => {
      const match = LISTENING.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server?.stdout?.on('data', look);
    server?.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

beforeAll(() => {
  // Its own process group, so the whole tree (npm, taro, webpack) stops with it.
  // A newcomer's shell, not jest's: jest sets NODE_ENV=test, which changes how Taro builds.
  const environment: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0' };
  delete environment.NODE_ENV;
  const started = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    env: environment as NodeJS.ProcessEnv,
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  started.stdout?.on('data', collect);
  started.stderr?.on('data', collect);
  server = started;
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

describe('npm start', () => {
  it(
    'serves the app at the URL it prints once, and a parent gets from the first screen to home',
    async () => {
      const url = await waitForUrl();
      browser = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_FLAGS,
        env: chromiumEnvironment(),
      });
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(url);
      // The development host asks which seeded parent signs in; the mock gateway answers.
      await page.locator('#dev-parent-p-all-verified').click({ timeout: 60_000 });
      await page.locator('#parent-card').waitFor({ timeout: 30_000 });
      await expect(page.locator('body').innerText()).resolves.toContain('小学入学信息登记');
      expect(errors).toEqual([]);

      const printed = output.split('\n').filter((line) => line.includes(url));
      expect(printed).toHaveLength(1);
      expect(output).not.toMatch(/ReactRefresh|Unexpected token/);
    },
    STARTUP_LIMIT_MS + 60_000,
  );
});
