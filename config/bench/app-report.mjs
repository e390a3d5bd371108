// The app benchmark's budgets (issue 8, opening-day hardening) and its printed table.
const KB = 1024;

export const APP_BUDGETS = {
  // Opening day: every page's JS to show it, polyfills included, and the weapp main package
  // once the registration flows are subpackages.
  pageJsBytes: 150 * KB,
  weappMainBytes: 400 * KB,
  lighthouseScore: 90,
  // Medians of three Lighthouse mobile runs: the frame index.html draws paints before any JS.
  firstContentfulPaintMs: 1000,
  largestContentfulPaintMs: 2000,
  cumulativeLayoutShift: 0.05,
  // What Chrome 61 / iOS 11 support may add to the initial JS over a build for today's browsers.
  oldWebviewJsBytes: 6 * KB,
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const pad = (value, width) => String(value).padEnd(width);

/** Every app budget with what was measured; a Lighthouse that could not run is reported, not failed. */
export function appBudgets({ assets, currentBrowsers, weapp, lighthouse }) {
  const oldWebviewCost = assets.initialJs - currentBrowsers.initialJs;
  const list = [
    {
      name: 'H5 initial JS (gzip), index.html only',
      target: `<= ${APP_BUDGETS.pageJsBytes}`,
      measured: assets.initialJs,
      ok: assets.initialJs <= APP_BUDGETS.pageJsBytes,
    },
    {
      name: `H5 initial JS added for Chrome 61 / iOS 11 vs current browsers only (x${(assets.initialJs / currentBrowsers.initialJs).toFixed(3)})`,
      target: `<= ${APP_BUDGETS.oldWebviewJsBytes}`,
      measured: oldWebviewCost,
      ok: oldWebviewCost <= APP_BUDGETS.oldWebviewJsBytes,
    },
    ...assets.pages.map((p) => ({
      name: `H5 JS (gzip) to show ${p.page}: initial + its chunks`,
      target: `<= ${APP_BUDGETS.pageJsBytes}`,
      measured: p.totalJs,
      ok: p.ready && p.totalJs <= APP_BUDGETS.pageJsBytes,
    })),
    ...assets.routes
      .filter((r) => !assets.pages.some((p) => p.route === r.route))
      .map((r) => ({
        name: `H5 JS (gzip) to show ${r.route}: initial + its chunks`,
        target: `<= ${APP_BUDGETS.pageJsBytes}`,
        measured: r.totalJs,
        ok: r.totalJs <= APP_BUDGETS.pageJsBytes,
      })),
    ...assets.screens.map((s) => ({
      name: `H5 JS (gzip) to show ${s.route} on its ${s.screen} screen: + ${s.chunk}`,
      target: `<= ${APP_BUDGETS.pageJsBytes}`,
      measured: s.totalJs,
      ok: s.totalJs <= APP_BUDGETS.pageJsBytes,
    })),
    {
      name: 'weapp main package',
      target: `<= ${APP_BUDGETS.weappMainBytes}`,
      measured: weapp.mainBytes,
      ok: weapp.mainBytes <= APP_BUDGETS.weappMainBytes,
    },
  ];
  if (lighthouse.error) {
    list.push({
      name: 'Lighthouse mobile performance',
      target: `>= 90`,
      measured: 'not run',
      ok: null,
    });
  } else {
    for (const p of lighthouse.pages) {
      list.push({
        name: `Lighthouse mobile performance, ${p.page}`,
        target: `>= ${APP_BUDGETS.lighthouseScore}`,
        measured: p.score,
        ok: p.runtimeError === null && p.score >= APP_BUDGETS.lighthouseScore,
      });
      list.push(
        {
          name: `first contentful paint, ${p.page} (median ms)`,
          target: `<= ${APP_BUDGETS.firstContentfulPaintMs}`,
          measured: p.fcpMs,
          ok: p.fcpMs <= APP_BUDGETS.firstContentfulPaintMs,
        },
        {
          name: `largest contentful paint, ${p.page} (median ms)`,
          target: `<= ${APP_BUDGETS.largestContentfulPaintMs}`,
          measured: p.lcpMs,
          ok: p.lcpMs <= APP_BUDGETS.largestContentfulPaintMs,
        },
        {
          name: `cumulative layout shift, ${p.page} (median)`,
          target: `<= ${APP_BUDGETS.cumulativeLayoutShift}`,
          measured: p.cls,
          ok: p.cls <= APP_BUDGETS.cumulativeLayoutShift,
        },
      );
    }
  }
  return list;
}

/** The human-readable tables: page assets, weapp, continue timing, Lighthouse, then budgets. */
export function printAppTable(
  { builds, assets, weapp, continueTiming, lighthouse, throttled },
  list,
) {
  console.log(
    `\nbuilds: ${Object.entries(builds)
      .map(([id, how]) => `${id} ${how}`)
      .join(', ')}`,
  );
  console.log(
    `\n${pad('H5 page (gzip)', 16)}${pad('page JS', 11)}${pad('page CSS', 11)}${pad('total JS', 11)}${pad('total CSS', 11)}chunks`,
  );
  console.log(
    `${pad('(initial)', 16)}${pad('-', 11)}${pad('-', 11)}${pad(kb(assets.initialJs), 11)}${pad(kb(assets.initialCss), 11)}index.html`,
  );
  for (const p of assets.pages) {
    console.log(
      `${pad(p.page, 16)}${pad(kb(p.pageJs), 11)}${pad(kb(p.pageCss), 11)}${pad(kb(p.totalJs), 11)}${pad(kb(p.totalCss), 11)}${p.chunks.join(' ') || '-'}${p.ready ? '' : ' (page did not show)'}`,
    );
  }
  console.log(`\n${pad('every page (gzip)', 40)}${pad('page JS', 11)}total JS`);
  for (const r of assets.routes) {
    console.log(`${pad(r.route, 40)}${pad(kb(r.pageJs), 11)}${kb(r.totalJs)}`);
  }
  for (const s of assets.screens) {
    console.log(`${pad(`${s.route} (${s.screen})`, 51)}${kb(s.totalJs)}  with ${s.chunk}`);
  }
  const subs = weapp.subpackages.length
    ? weapp.subpackages.map((s) => `${s.root} ${kb(s.bytes)}`).join(', ')
    : 'none declared in app.json';
  console.log(`\nweapp main package: ${kb(weapp.mainBytes)}; subpackages: ${subs}`);
  console.log(
    `continue on a full child step -> next step visible (dist/h5-e2e): median ${continueTiming.medianMs} ms (runs ${continueTiming.runs.join(', ')} ms)`,
  );
  if (lighthouse.error) console.log(`Lighthouse: not run: ${lighthouse.error}`);
  else {
    for (const p of lighthouse.pages) {
      console.log(
        `Lighthouse ${lighthouse.version} mobile (median of ${lighthouse.runs}), ${pad(p.page, 11)} performance ${p.score}  FCP ${p.fcpMs} ms  LCP ${p.lcpMs} ms  TBT ${p.tbtMs} ms  CLS ${p.cls}${p.runtimeError ? `  (${p.runtimeError})` : ''}`,
      );
    }
  }
  for (const p of throttled.pages) {
    console.log(
      `applied slow 4G and 4x CPU (median of ${throttled.runs}), ${pad(p.page, 11)} LCP ${p.lcpMs} ms (runs ${p.runs.join(', ')} ms)`,
    );
  }
  console.log('\napp budgets:');
  for (const b of list) {
    const mark = b.ok === null ? 'n/a ' : b.ok ? 'ok  ' : 'MISS';
    console.log(`  ${mark} ${b.name}: ${b.measured} (target ${b.target})`);
  }
}
