// Time from tapping "save and continue" on a fully answered child step to the next step's
// heading being visible, in the production-optimised end-to-end build (dist/h5-e2e, development
// host): performance.now() in the page around the click, polled every animation frame.
import { serveBuild } from './serve-build.mjs';

const CHILD = { name: '李沐阳', idNumber: '370102201510180033' };

async function oneRun(browser, server) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/?devParent=p-all-verified#/features/enrollment/index`);
    await page.locator('#task-child:visible [role="link"]').click();
    await page.locator('#step-child-0:visible').waitFor();
    await page.locator('#f-child-name:visible input').fill(CHILD.name);
    await page.locator('#f-child-idType-resident-id:visible').click();
    await page.locator('#f-child-idNumber:visible input').fill(CHILD.idNumber);
    await page.waitForTimeout(300);
    return await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const visible = (element) => element !== null && element.checkVisibility();
          const button = [...document.querySelectorAll('#continue')].find(visible);
          if (!button) return reject(new Error('no visible continue button'));
          const start = performance.now();
          button.click();
          const poll = () => {
            const heading = document.querySelector('#step-child-1 [role="heading"]');
            if (visible(heading)) return resolve(performance.now() - start);
            if (performance.now() - start > 10_000) return reject(new Error('no next step'));
            globalThis.requestAnimationFrame(poll);
          };
          globalThis.requestAnimationFrame(poll);
        }),
    );
  } finally {
    await context.close();
  }
}

/** Median (and every run) of `runs` timings, each in a fresh context (fresh storage). */
export async function measureContinue(root, browser, buildDir, runs = 5) {
  const server = await serveBuild(root, buildDir);
  try {
    const times = [];
    for (let run = 0; run < runs; run += 1) times.push(Math.round(await oneRun(browser, server)));
    const sorted = [...times].sort((a, b) => a - b);
    return { runs: times, medianMs: sorted[Math.floor(sorted.length / 2)] };
  } finally {
    await server.close();
  }
}
