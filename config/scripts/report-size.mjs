// Prints what a parent's phone downloads: the H5 build's initial JS and CSS (gzip), or the weapp
// build's main package and subpackage sizes. Used after every production build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureWeapp } from '../bench/weapp-size.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
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
  const { mainBytes, subpackages } = measureWeapp(path.join(root, 'dist', 'weapp'));
  const subs = subpackages.map((sub) => `${sub.root} ${kb(sub.bytes)}`).join(', ') || 'none';
  console.log(`weapp main package: ${kb(mainBytes)} (budget 400 KB); subpackages: ${subs}`);
} else {
  console.error('usage: report-size.mjs h5|weapp');
  process.exit(2);
}
