import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const withoutWeui = require('./without-weui-loader.js') as (css: string) => string;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, keep);
    return keep(file) ? [file] : [];
  });
}

/** Every name the app's code imports from '@tarojs/components'. */
function componentsTheAppUses(): Set<string> {
  const used = new Set<string>();
  for (const file of filesUnder(SRC, (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@tarojs\/components'/g)) {
      for (const name of (match[1] ?? '').split(',')) {
        const clean = name.replace(/^\s*type\s+/, '').trim();
        if (clean && !/^type\s/.test(name.trim())) used.add(clean);
      }
    }
  }
  return used;
}

describe("the H5 build's Taro components", () => {
  it('give every component the app renders a module of its own, so pages carry only theirs', () => {
    const index = readFileSync(path.join(__dirname, 'index.js'), 'utf8');
    const ownModules = [...index.matchAll(/export \{ (\w+) \} from '\.\/[\w-]+\.js'/g)].map(
      (match) => match[1],
    );
    const used = [...componentsTheAppUses()].filter((name) => !name.endsWith('Props'));
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((name) => !ownModules.includes(name))).toEqual([]);
  });

  it('leave out the pull-to-refresh element only while no page enables pull-down refresh', () => {
    const configs = filesUnder(SRC, (f) => f.endsWith('.config.ts'));
    expect(configs.length).toBeGreaterThan(10);
    const enabling = configs.filter((f) => /enablePullDownRefresh/.test(readFileSync(f, 'utf8')));
    expect(enabling).toEqual([]);
  });

  it("keep the page reset of Taro's component stylesheet but not its weui icon font or rules", () => {
    const css = readFileSync(
      path.join(ROOT, 'node_modules/@tarojs/components/dist/taro-components/taro-components.css'),
      'utf8',
    );
    expect(css).toMatch(/font-family:\s*weui/);
    const kept = withoutWeui(css);
    expect(kept).not.toMatch(/weui/);
    expect(kept).not.toContain('base64');
    // Every rule that does not name weui stays, unchanged and in order.
    const rules = (text: string) => text.split('}').filter((rule) => !/weui/.test(rule));
    expect(rules(kept)).toEqual(rules(css));
    expect(kept).toMatch(/\.taro-app-wrap \*\{margin:0;padding:0\}/);
  });
});
