// The builds the app benchmarks measure. A dist folder is reused when it is newer than every
// input (src, types, config except bench and e2e, .env files, package.json); otherwise, or with
// `--rebuild`, its npm script builds it. Reusing saves minutes when the tests just built it;
// the freshness check keeps the figures from describing stale code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['src', 'types', 'config', '.env', '.env.e2e', 'package.json', 'babel.config.js'];
const IGNORED = new Set(['bench', 'e2e', 'node_modules']);

function newestUnder(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target)
    .filter((name) => !IGNORED.has(name) && !/\.test\.tsx?$/.test(name))
    .reduce((newest, name) => Math.max(newest, newestUnder(path.join(target, name))), 0);
}

/** The H5, H5 end-to-end and weapp builds: which folder, its marker file and its npm script. */
export const BUILDS = [
  { id: 'h5', dir: 'dist/h5', marker: 'index.html', script: 'build:h5' },
  { id: 'h5-e2e', dir: 'dist/h5-e2e', marker: 'index.html', script: 'build:h5:e2e' },
  { id: 'weapp', dir: 'dist/weapp', marker: 'app.json', script: 'build:weapp' },
  // The named alternative for what old-webview support costs: the same H5 app for today's
  // browsers only (no polyfills, no transpiled dependencies, no CSS fallbacks).
  {
    id: 'h5-current-browsers',
    dir: 'dist/h5-current-browsers',
    marker: 'index.html',
    command: ['npx', 'taro', 'build', '--type', 'h5', '--mode', 'current-browsers'],
  },
];

/** Makes sure each build exists and is fresh; returns how each was obtained ('reused'/'built'). */
export function ensureBuilds(root, { rebuild = false } = {}) {
  const newestInput = Math.max(...INPUTS.map((input) => newestUnder(path.join(root, input))));
  const how = {};
  for (const build of BUILDS) {
    const marker = path.join(root, build.dir, build.marker);
    const fresh = existsSync(marker) && statSync(marker).mtimeMs >= newestInput;
    if (fresh && !rebuild) {
      how[build.id] = 'reused';
      continue;
    }
    const [program, ...args] = build.command ?? ['npm', 'run', '--silent', build.script];
    process.stderr.write(`  building ${build.dir} (${[program, ...args].join(' ')})\n`);
    const run = () => execFileSync(program, args, { cwd: root, stdio: 'ignore' });
    // Once more on failure: another build of the same folder running at the same time (the
    // test suite's) can remove files under this one.
    try {
      run();
    } catch {
      run();
    }
    how[build.id] = 'built';
  }
  return how;
}
