// Prints what a parent's phone downloads: the H5 build's initial JS and CSS (gzip), or the weapp
// build's main package size. Used after every production build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..', '..');

function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The JS and CSS files index.html loads before any page code. */
export function initialAssets(buildDir) {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return refs.map((ref) => path.join(buildDir, ref.replace(/^\.?\//, '')));
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const target = process.argv[2];
if (target === 'h5') {
  const assets = initialAssets(path.join(root, 'dist', 'h5'));
  const js = assets.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipBytes(f), 0);
  const css = assets.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzipBytes(f), 0);
  console.log(`H5 initial JS (gzip): ${kb(js)}; initial CSS (gzip): ${kb(css)}`);
} else if (target === 'weapp') {
  const dir = path.join(root, 'dist', 'weapp');
  const bytes = filesUnder(dir)
    .filter((f) => !f.endsWith('.LICENSE.txt') && !f.endsWith('.map'))
    .reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`weapp main package: ${kb(bytes)} (WeChat limit 2048 KB)`);
} else {
  console.error('usage: report-size.mjs h5|weapp');
  process.exit(2);
}
