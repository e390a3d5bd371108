// Lighthouse 12 mobile performance (its defaults: Moto G Power screen, simulated slow 4G and 4x
// CPU slowdown) on the production H5 build. The build is served from a temporary copy whose
// index.html first defines the simulated host bridge (Lighthouse opens its own tab, where no
// test can inject it), gzip-compressed as any real web server would send it (the mock server
// sends files uncompressed, which would count 2-3 times the bytes), with the mock gateway
// behind the same origin.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { HOST_SCRIPT, HOST_USER_AGENT, serveBuild } from './serve-build.mjs';

/** Runs per page; the budgets read each figure's median. */
export const LIGHTHOUSE_RUNS = 3;

/** Pages Lighthouse measures: the home page and the start of the enrollment journey. */
export const LIGHTHOUSE_PAGES = [
  { id: 'home', route: '/features/home/index' },
  { id: 'enrollment', route: '/features/enrollment/index' },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function hostedCopy(buildDir) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  cpSync(buildDir, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  const html = readFileSync(index, 'utf8').replace(
    '<head>',
    `<head><script>${HOST_SCRIPT}</script>`,
  );
  writeFileSync(index, html);
  return dir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Static files of `dir`, gzip when asked; anything under /gateway goes to the mock server. */
function gzipFront(dir, backend) {
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front.invalid');
    if (url.pathname.startsWith('/gateway')) {
      const target = new URL(req.url ?? '/', backend);
      const upstream = request(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const file = path.join(dir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    const body = readFileSync(file);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** Performance scores (0-100) and key metrics per page; `error` says why when it cannot run. */
export async function measureLighthouse(root, executablePath, buildDir) {
  let lighthouse;
  try {
    ({ default: lighthouse } = await import('lighthouse'));
  } catch (error) {
    return { error: `lighthouse is not installed: ${error.message}` };
  }
  const dir = hostedCopy(buildDir);
  const backend = await serveBuild(root, dir);
  const server = await gzipFront(dir, backend.url);
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      `--remote-debugging-port=${port}`,
    ],
  });
  try {
    const pages = [];
    for (const entry of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        runs.push(await measureOnce(lighthouse, server.url, port, entry));
      }
      pages.push(medianRun(entry.id, runs));
    }
    return {
      version: (await import('lighthouse/package.json', { with: { type: 'json' } })).default
        .version,
      runs: LIGHTHOUSE_RUNS,
      pages,
    };
  } catch (error) {
    return { error: String(error?.message ?? error) };
  } finally {
    await browser.close();
    await server.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One Lighthouse run of one page: score and key metrics. */
async function measureOnce(lighthouse, baseUrl, port, entry) {
  const result = await lighthouse(
    `${baseUrl}/#${entry.route}`,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    {
      extends: 'lighthouse:default',
      settings: { formFactor: 'mobile', emulatedUserAgent: HOST_USER_AGENT },
    },
  );
  const { lhr } = result;
  const metric = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Each figure's median over the runs (Lighthouse varies from run to run on a shared machine). */
function medianRun(page, runs) {
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    page,
    score: pick('score'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    runtimeError: runs.find((run) => run.runtimeError)?.runtimeError ?? null,
  };
}
