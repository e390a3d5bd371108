// The first screen of home and enrollment under a slow network and CPU that are really applied
// (Chromium's network emulation: 150 ms per request, 1.6 Mbit/s down; CPU 4x slower), on the
// production H5 build with the same simulated host as the Lighthouse runs. Lighthouse simulates
// instead, from a run on this machine's loopback server, and counts every request that ended
// before the largest paint of that run as one the paint waited for; here each request really
// takes its round trip, so what a page no longer waits for shows. Runnable on its own to compare
// builds: `node config/bench/throttled-first-screen.mjs dist/h5 /path/to/other/dist/h5`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOST_SCRIPT, HOST_USER_AGENT, serveBuild } from './serve-build.mjs';

export const THROTTLED_RUNS = 5;

/** Each page and the element that is its main content. */
const PAGES = [
  { id: 'home', route: '/features/home/index', content: '#subsystem-enrollment-phase' },
  { id: 'enrollment', route: '/features/enrollment/index', content: '#recommendation' },
];

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function oneRun(browser, baseUrl, entry) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    userAgent: HOST_USER_AGENT,
  });
  try {
    await context.addInitScript(HOST_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${baseUrl}/#${entry.route}`, { waitUntil: 'commit' });
    await page.locator(entry.content).waitFor({ timeout: 30_000 });
    // The last candidate a moment after the main content is on screen (its paint is reported
    // after the frame), from the page's own navigation start, as Lighthouse's figure is.
    await page.waitForTimeout(1_000);
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          new globalThis.PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(Math.round(entries[entries.length - 1].startTime));
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median largest contentful paint per page of each build in `buildDirs`, the builds taking turns
 * run by run so that a slower moment of the machine falls on all of them alike.
 */
export async function measureThrottledFirstScreen(root, browser, buildDirs) {
  const servers = [];
  try {
    for (const dir of buildDirs) servers.push(await serveBuild(root, dir));
    const results = buildDirs.map(() => ({ runs: THROTTLED_RUNS, pages: [] }));
    for (const entry of PAGES) {
      const runs = buildDirs.map(() => []);
      for (let run = 0; run < THROTTLED_RUNS; run += 1) {
        for (const [index, server] of servers.entries()) {
          runs[index].push(await oneRun(browser, server.url, entry));
        }
      }
      runs.forEach((list, index) =>
        results[index].pages.push({ page: entry.id, lcpMs: median(list), runs: list }),
      );
    }
    return results;
  } finally {
    for (const server of servers) await server.close();
  }
}

// Standalone: compares the builds named on the command line.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('playwright-core');
  const { findChromium } = await import('./find-chromium.mjs');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dirs = process.argv.slice(2).map((dir) => path.resolve(dir));
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox'],
  });
  try {
    const results = await measureThrottledFirstScreen(root, browser, dirs);
    results.forEach((result, index) => {
      for (const p of result.pages) {
        console.log(
          `${dirs[index]} ${p.page}: LCP median ${p.lcpMs} ms (runs ${p.runs.join(', ')})`,
        );
      }
    });
  } finally {
    await browser.close();
  }
}
