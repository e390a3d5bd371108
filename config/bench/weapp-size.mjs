// The mini-program's package sizes as WeChat counts them (all files but source maps and licence
// notes): the main package, and each subpackage that app.json declares.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const counted = (file) => !file.endsWith('.LICENSE.txt') && !file.endsWith('.map');

/** Main package and subpackage sizes (bytes) of the build in `dir`. */
export function measureWeapp(dir) {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'));
  const roots = (app.subpackages ?? app.subPackages ?? []).map((sub) => sub.root);
  const subpackages = roots.map((root) => ({
    root,
    bytes: filesUnder(path.join(dir, root))
      .filter(counted)
      .reduce((total, file) => total + statSync(file).size, 0),
  }));
  const inSub = (file) => roots.some((root) => path.relative(dir, file).startsWith(root));
  const main = filesUnder(dir)
    .filter((file) => counted(file) && !inSub(file))
    .reduce((total, file) => total + statSync(file).size, 0);
  return { mainBytes: main, subpackages };
}
