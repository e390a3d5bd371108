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
    process.stderr.write(`  building ${build.dir} (npm run ${build.script})\n`);
    const run = () =>
      execFileSync('npm', ['run', '--silent', build.script], { cwd: root, stdio: 'ignore' });
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
