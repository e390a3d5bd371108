// The app half of `npm run bench` (issue 8): H5 JS and CSS per entry page, weapp package sizes,
// the time "save and continue" takes, and Lighthouse mobile performance.
import path from 'node:path';
import { appBudgets, printAppTable } from './app-report.mjs';
import { ensureBuilds } from './builds.mjs';
import { measureContinue } from './continue-timing.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measurePageAssets } from './page-assets.mjs';
import { measureThrottledFirstScreen } from './throttled-first-screen.mjs';
import { measureWeapp } from './weapp-size.mjs';

/** Measures everything with `browser` (playwright Chromium at `executablePath`); prints the table. */
export async function runAppBench(root, browser, executablePath, { rebuild = false } = {}) {
  const builds = ensureBuilds(root, { rebuild });
  process.stderr.write('  measuring H5 pages\n');
  const assets = await measurePageAssets(root, browser, path.join(root, 'dist', 'h5'));
  const currentBrowsers = await measurePageAssets(
    root,
    browser,
    path.join(root, 'dist', 'h5-current-browsers'),
  );
  const weapp = measureWeapp(path.join(root, 'dist', 'weapp'));
  process.stderr.write('  timing continue\n');
  const continueTiming = await measureContinue(root, browser, path.join(root, 'dist', 'h5-e2e'));
  process.stderr.write('  running Lighthouse\n');
  const lighthouse = await measureLighthouse(root, executablePath, path.join(root, 'dist', 'h5'));
  process.stderr.write('  first screens under applied throttling\n');
  const [throttled] = await measureThrottledFirstScreen(root, browser, [
    path.join(root, 'dist', 'h5'),
  ]);
  const figures = { builds, assets, currentBrowsers, weapp, continueTiming, lighthouse, throttled };
  const budgets = appBudgets(figures);
  printAppTable(figures, budgets);
  return { ...figures, budgets, ok: budgets.every((b) => b.ok !== false) };
}
