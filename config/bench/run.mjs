// `npm run bench`: the photo compression benchmark (FAQ 12), in headless Chromium. Our real H5
// pipeline (bundled with esbuild from src/) against browser-image-compression on generated
// photos; then the app benchmark (app-bench.mjs, issue 8): H5 JS/CSS per entry page, weapp
// package sizes, the time "save and continue" takes, Lighthouse mobile performance. Prints the
// tables, then one JSON line with every figure as the last line. Exits 1 only when a budget is
// missed. `--runs N` sets the runs per photo case (median time; default 3); `--only photos`,
// `--only app` or `--only load` (the opening-day load model, config/bench/load) runs one part; `--rebuild` rebuilds dist/h5, dist/h5-e2e and dist/weapp even
// when they are newer than every source file (builds.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { runAppBench } from './app-bench.mjs';
import { findChromium } from './find-chromium.mjs';
import { runLoadBench } from './load/load-bench.mjs';
import { budgets, printTable } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = path.join(ROOT, 'config', 'bench');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
const REBUILD = process.argv.includes('--rebuild');

// `photo`: a phone photo, timed against the alternative (budget 0.3x); `metLimits`: the source
// already meets every limit, so the upload must not be larger; `undecodable`: must be refused.
const CASES = [
  {
    id: 'phone-12mp',
    label: '12 MP phone JPEG',
    kind: 'jpeg',
    width: 4032,
    height: 3024,
    photo: true,
  },
  {
    id: 'phone-48mp',
    label: '48 MP phone JPEG',
    kind: 'jpeg',
    width: 8064,
    height: 6048,
    photo: true,
  },
  { id: 'screenshot-png', label: 'PNG screenshot', kind: 'png', width: 1440, height: 3200 },
  {
    id: 'sideways-exif6',
    label: 'EXIF-rotated JPEG',
    kind: 'sideways',
    width: 3024,
    height: 4032,
    photo: true,
  },
  {
    id: 'reencoded-12mp',
    label: 'JPEG encoded twice',
    kind: 'reencoded',
    width: 4032,
    height: 3024,
    photo: true,
  },
  {
    id: 'uneven-light-12mp',
    label: 'uneven light, noisy',
    kind: 'uneven',
    width: 4032,
    height: 3024,
    photo: true,
  },
  {
    id: 'sideways-untagged',
    label: 'sideways, no EXIF tag',
    kind: 'untagged',
    width: 4032,
    height: 3024,
    photo: true,
  },
  {
    id: 'scan-bilevel-png',
    label: 'black-and-white scan',
    kind: 'bilevel',
    width: 1654,
    height: 2339,
    metLimits: true,
  },
  {
    id: 'small-jpeg',
    label: 'small JPEG in limits',
    kind: 'small',
    width: 1600,
    height: 1200,
    metLimits: true,
  },
  {
    id: 'truncated-jpeg',
    label: 'JPEG cut off half way',
    kind: 'truncated',
    width: 4032,
    height: 3024,
    undecodable: true,
  },
  {
    id: 'blank-jpeg',
    label: 'all-black JPEG',
    kind: 'blank',
    width: 4032,
    height: 3024,
    undecodable: true,
  },
  // Not budgeted: the 12 MP scene with uncorrelated per-pixel noise, harsher than phones leave.
  {
    id: 'white-noise-12mp',
    label: '12 MP, white noise',
    kind: 'jpeg',
    width: 4032,
    height: 3024,
    grain: 'white',
    info: true,
  },
].map((spec) => ({
  ...spec,
  name: ['png', 'bilevel'].includes(spec.kind) ? `${spec.id}.png` : `${spec.id}.jpg`,
  type: ['png', 'bilevel'].includes(spec.kind) ? 'image/png' : 'image/jpeg',
}));

const ESBUILD_OPTIONS = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  write: false,
  tsconfig: path.join(ROOT, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
};

// esbuild has no `new Worker(new URL(..., import.meta.url))`: the page starts the worker from
// the separately bundled script instead (bench-spawn-worker.ts), the rest is the app's code.
const benchWorker = {
  name: 'bench-worker',
  setup(builder) {
    builder.onResolve({ filter: /spawn-photo-worker\.h5$/ }, () => ({
      path: path.join(HERE, 'bench-spawn-worker.ts'),
    }));
  },
};

async function bundle() {
  const [page, worker] = await Promise.all([
    build({
      ...ESBUILD_OPTIONS,
      entryPoints: [path.join(HERE, 'bench-entry.ts')],
      plugins: [benchWorker],
    }),
    build({
      ...ESBUILD_OPTIONS,
      entryPoints: [path.join(ROOT, 'src', 'platform', 'images', 'photo-prep.worker.ts')],
    }),
  ]);
  const workerSource = JSON.stringify(worker.outputFiles[0].text);
  return `window.photoBenchWorkerSource = ${workerSource};\n${page.outputFiles[0].text}`;
}

async function photoBench(browser) {
  const script = await bundle();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>photo benchmark</title>');
  for (const file of ['document-scene.browser.js', 'test-photos.browser.js', 'ssim.browser.js']) {
    await page.addScriptTag({ path: path.join(HERE, file) });
  }
  await page.addScriptTag({ content: script });
  await page.addScriptTag({ path: path.join(HERE, 'bench-page.browser.js') });
  await page.evaluate(() => window.photoBenchPage.warmUp());
  const results = [];
  for (const spec of CASES) {
    const result = await page.evaluate(
      ([s, runs]) => window.photoBenchPage.runCase(s, runs),
      [spec, RUNS],
    );
    results.push({
      ...result,
      info: Boolean(spec.info),
      photo: Boolean(spec.photo),
      metLimits: Boolean(spec.metLimits),
      undecodable: Boolean(spec.undecodable),
      ratio: Number((result.ours.ms / result.alternative.ms).toFixed(3)),
    });
    process.stderr.write(`  measured ${spec.id}\n`);
  }
  await page.close();
  const list = budgets(results);
  printTable(results, list);
  return {
    runs: RUNS,
    ssim: 'luma, 8x8 windows, stride 4',
    alternative: 'browser-image-compression, maxSizeMB 1, maxWidthOrHeight 2339, no worker',
    results,
    budgets: list,
    ok: list.every((b) => b.ok),
  };
}

function save(name, value) {
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', name), `${JSON.stringify(value, null, 2)}\n`);
}

async function main() {
  const executablePath = await findChromium();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const photos = ONLY === 'app' || ONLY === 'load' ? null : await photoBench(browser);
    if (photos) save('photos.json', { bench: 'photos', chromium: browser.version(), ...photos });
    const app =
      ONLY === 'photos' || ONLY === 'load'
        ? null
        : await runAppBench(ROOT, browser, executablePath, { rebuild: REBUILD });
    if (app) save('app.json', { bench: 'app', chromium: browser.version(), ...app });
    const load = ONLY === null || ONLY === 'load' ? await runLoadBench(ROOT) : null;
    if (load) save('load.json', { bench: 'load', ...load });
    // One line, last: the photo figures at the top level as before, the app figures under `app`.
    const summary = {
      bench: [photos && 'photos', app && 'app', load && 'load'].filter(Boolean).join('+'),
      chromium: browser.version(),
      ...(photos ?? {}),
      ...(app ? { app } : {}),
      ...(load ? { load } : {}),
      ok: (photos?.ok ?? true) && (app?.ok ?? true) && (load?.ok ?? true),
    };
    console.log(JSON.stringify(summary));
    process.exitCode = summary.ok ? 0 : 1;
  } finally {
    await browser.close();
  }
}

await main();
