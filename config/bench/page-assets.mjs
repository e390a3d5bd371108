// What a parent's phone downloads to show each entry page of the production H5 build: the
// initial JS and CSS that index.html names, plus the lazy chunks the page itself loads, found by
// loading the page in Chromium (served with the mock gateway, signed in through a simulated
// host) and recording every JS and CSS response until the network settles. Sizes are gzip -9 of
// the files on disk, as report-size.mjs measures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HOST_SCRIPT, HOST_USER_AGENT, serveBuild } from './serve-build.mjs';

/** Pages a parent can open directly (from the host's menu or a shared link), with a sign of life. */
export const ENTRY_PAGES = [
  { id: 'home', route: '/features/home/index', ready: '#parent-card' },
  { id: 'enrollment', route: '/features/enrollment/index', ready: '#task-child' },
  { id: 'faq', route: '/features/faq/index', ready: '.faq-entry' },
  { id: 'notices', route: '/features/notices/index', ready: '[role="heading"]:visible' },
  { id: 'photo-check', route: '/features/photo-check/index', ready: '#photo-check-album' },
  {
    id: 'registrations',
    route: '/features/registrations/index',
    ready: '[role="heading"]:visible',
  },
];

const SECTION_ROUTES = ['/features/enrollment/section', '/features/transfer/section'];

/**
 * Screens whose code is a chunk of its own (src/components/on-demand.tsx): a section page shows
 * its first screen without them and fetches them once it is up, but a webview reloaded on such a
 * screen needs the route's files and the chunk before it can show it.
 */
export const ON_DEMAND_SCREENS = [
  { screen: 'photos', chunk: 'materials-step', routes: SECTION_ROUTES },
  { screen: 'pickers', chunk: 'picker-fields', routes: SECTION_ROUTES },
];

/** The JS and CSS files index.html loads before any page code (as config/scripts/report-size.mjs). */
function initialAssets(buildDir) {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return refs.map((ref) => path.join(buildDir, ref.replace(/^\.?\//, '')));
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Every route of the app with the files index.html preloads for it: the page's chunk and the
 * shared chunks loaded with it (config/preload-page-plugin.ts writes them as the argument of its
 * inline script). Pages a parent reaches only from another page (a section, the check page, a
 * receipt) still open cold after the webview is reloaded, so each one is measured on its own.
 */
function routeFiles(buildDir) {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const written = html.match(/\}\)\((\{"\/[^<]*\})\)<\/script>/);
  if (!written) throw new Error('index.html names no page files (preload-page-plugin)');
  return Object.entries(JSON.parse(written[1])).map(([route, files]) => ({
    route,
    files: files.map((ref) => path.join(buildDir, ref.replace(/^\.?\//, ''))),
  }));
}

function sum(files, extension) {
  return files.filter((f) => f.endsWith(extension)).reduce((total, f) => total + gzipSize(f), 0);
}

/**
 * Initial and per-page JS and CSS (gzip bytes) of the build in `buildDir`: the entry pages as
 * Chromium loads them (lazy chunks a page fetches to show itself included), and every route from
 * the files index.html names for it.
 */
export async function measurePageAssets(root, browser, buildDir) {
  const initial = initialAssets(buildDir);
  const server = await serveBuild(root, buildDir);
  try {
    const pages = [];
    for (const entry of ENTRY_PAGES) {
      const context = await browser.newContext({
        userAgent: HOST_USER_AGENT,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
      });
      await context.addInitScript(HOST_SCRIPT);
      const loaded = new Set();
      context.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin !== server.url || !/\.(js|css)$/.test(url.pathname)) return;
        loaded.add(path.join(buildDir, decodeURIComponent(url.pathname).replace(/^\//, '')));
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/#${entry.route}`, { waitUntil: 'networkidle' });
      const ready = await page
        .locator(entry.ready)
        .first()
        .waitFor({ timeout: 15_000 })
        .then(
          () => true,
          () => false,
        );
      await page.waitForLoadState('networkidle');
      await context.close();
      const own = [...loaded].filter((file) => !initial.includes(file));
      pages.push({
        page: entry.id,
        route: entry.route,
        ready,
        chunks: own.map((file) => path.basename(file)).sort(),
        pageJs: sum(own, '.js'),
        pageCss: sum(own, '.css'),
        totalJs: sum(initial, '.js') + sum(own, '.js'),
        totalCss: sum(initial, '.css') + sum(own, '.css'),
      });
    }
    const initialJs = sum(initial, '.js');
    const routes = routeFiles(buildDir).map(({ route, files }) => ({
      route,
      pageJs: sum(files, '.js'),
      totalJs: initialJs + sum(files, '.js'),
    }));
    const jsFiles = readdirSync(path.join(buildDir, 'js'));
    const screens = ON_DEMAND_SCREENS.flatMap(({ screen, chunk, routes: on }) => {
      const name = jsFiles.find((file) => new RegExp(`^${chunk}\\.[0-9a-f]+\\.js$`).test(file));
      if (!name) throw new Error(`the build has no ${chunk} chunk (ON_DEMAND_SCREENS)`);
      const chunkJs = gzipSize(path.join(buildDir, 'js', name));
      return on.map((route) => {
        const shown = routes.find((r) => r.route === route);
        if (!shown) throw new Error(`index.html names no files for ${route}`);
        return { route, screen, chunk: name, totalJs: shown.totalJs + chunkJs };
      });
    });
    return { initialJs, initialCss: sum(initial, '.css'), pages, routes, screens };
  } finally {
    await server.close();
  }
}
