// `npm run bench`: the photo compression benchmark (FAQ 12), in headless Chromium. Our real H5
// pipeline (bundled with esbuild from src/) against browser-image-compression on generated
// photos; prints a table, then one JSON line with every figure as the last line. Exits 1 only
// when a budget is missed. `--runs N` sets the runs per case (median time; default 3).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { budgets, printTable } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = path.join(ROOT, 'config', 'bench');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

const CASES = [
  { id: 'phone-12mp', label: '12 MP phone JPEG', kind: 'jpeg', width: 4032, height: 3024 },
  { id: 'phone-48mp', label: '48 MP phone JPEG', kind: 'jpeg', width: 8064, height: 6048 },
  { id: 'screenshot-png', label: 'PNG screenshot', kind: 'png', width: 1440, height: 3200 },
  { id: 'sideways-exif6', label: 'EXIF-rotated JPEG', kind: 'sideways', width: 3024, height: 4032 },
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
  name: spec.kind === 'png' ? `${spec.id}.png` : `${spec.id}.jpg`,
  type: spec.kind === 'png' ? 'image/png' : 'image/jpeg',
}));

/** The same lookup as config/e2e/find-chromium.ts, in plain JavaScript for node. */
async function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: packaged } = await import('@sparticuz/chromium');
  packaged.setGraphicsMode = false;
  return packaged.executablePath();
}

async function bundle() {
  const result = await build({
    entryPoints: [path.join(HERE, 'bench-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

async function main() {
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
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
        ratio: Number((result.ours.ms / result.alternative.ms).toFixed(3)),
      });
      process.stderr.write(`  measured ${spec.id}\n`);
    }
    const list = budgets(results);
    printTable(results, list);
    const summary = {
      bench: 'photos',
      chromium: browser.version(),
      runs: RUNS,
      ssim: 'luma, 8x8 windows, stride 4',
      results,
      budgets: list,
      ok: list.every((b) => b.ok),
    };
    mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'bench-results', 'photos.json'),
      `${JSON.stringify(summary, null, 2)}\n`,
    );
    console.log(JSON.stringify(summary));
    process.exitCode = summary.ok ? 0 : 1;
  } finally {
    await browser.close();
  }
}

await main();
