// The load half of `npm run bench` (`--only load`): bundles the load model (config/bench/load,
// TypeScript over the app's own src/api and the mock gateway's capacity model) for Node, runs
// it, prints the table and checks the budgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadBudgets, printLoadTable } from './load-report.mjs';

export async function loadModelModule(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'load-model-'));
  const outfile = path.join(dir, 'load-model.mjs');
  try {
    await build({
      entryPoints: [path.join(root, 'config', 'bench', 'load', 'load-model.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node18',
      outfile,
      tsconfig: path.join(root, 'tsconfig.json'),
      // The transport's module also holds the Taro sender; the model never calls it.
      alias: { '@tarojs/taro': path.join(root, 'config', 'test-doubles', 'taro.ts') },
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the opening-day model at the capacity's demand and twice it (with the naive client). */
export async function runLoadBench(root) {
  const model = await loadModelModule(root);
  process.stderr.write('  running the load model\n');
  const report = await model.runLoadModel(model.OPENING_DAY, [
    { loadFactor: 1, naive: false },
    { loadFactor: 2, naive: true },
  ]);
  const budgets = loadBudgets(report);
  printLoadTable(report, budgets);
  return { ...report, settings: model.OPENING_DAY, budgets, ok: budgets.every((b) => b.ok) };
}
