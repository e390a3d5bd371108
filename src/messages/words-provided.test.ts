import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUES, FIRST_BUNDLE_AREAS } from './catalogues';
import type { Messages } from './catalog';
import { zhCN } from './zh-cn';

const SRC = path.resolve(__dirname, '..');
const ZH = path.join(__dirname, 'zh-cn');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === ZH ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Which file of the Chinese catalogue (and so of src/messages/words) holds each area. */
const FILE_OF_AREA = new Map<string, string>(
  readdirSync(ZH)
    .filter((name) => name !== 'index.ts')
    .flatMap((name) =>
      [...readFileSync(path.join(ZH, name), 'utf8').matchAll(/^export const (\w+)/gm)].map(
        ([, area]) => [area ?? '', name.replace(/\.ts$/, '')] as [string, string],
      ),
    ),
);

const FIRST: readonly string[] = FIRST_BUNDLE_AREAS;

function readsAndImports(file: string) {
  const source = readFileSync(file, 'utf8');
  const reads = new Set([...source.matchAll(/\bm\.([a-zA-Z]+)\b/g)].map(([, area]) => area ?? ''));
  const imports = new Set(
    [...source.matchAll(/^import ['"][^'"]*messages\/words\/([\w-]+)['"];/gm)].map(
      ([, f]) => f ?? '',
    ),
  );
  return { reads, imports };
}

describe('the Chinese words on the page', () => {
  it('start with exactly the first bundle areas, word for word', () => {
    // Only this test's own imports have run: no words module is in its module graph.
    expect(Object.keys(CATALOGUES['zh-CN']).sort()).toEqual([...FIRST].sort());
    for (const area of FIRST) {
      expect(CATALOGUES['zh-CN'][area as keyof Messages]).toEqual(zhCN[area as keyof Messages]);
    }
  });

  it('know the catalogue file of every area the app reads', () => {
    expect([...FILE_OF_AREA.keys()].sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each(sourceFiles(SRC).map((file) => [path.relative(SRC, file), file]))(
    '%s imports the words of every area it reads beyond the first bundle, and no others',
    (_, file) => {
      const { reads, imports } = readsAndImports(file);
      const needed = [...reads]
        .filter((area) => FILE_OF_AREA.has(area) && !FIRST.includes(area))
        .map((area) => FILE_OF_AREA.get(area)!);
      expect([...imports].sort()).toEqual([...new Set(needed)].sort());
    },
  );

  it('are whole once every words module has run, in the object the app reads', () => {
    jest.isolateModules(() => {
      const { CATALOGUES: fresh } =
        jest.requireActual<typeof import('./catalogues')>('./catalogues');
      const catalogue = fresh['zh-CN'];
      for (const [area, file] of FILE_OF_AREA) {
        if (!FIRST.includes(area)) jest.requireActual(`./words/${file}`);
      }
      expect(fresh['zh-CN']).toBe(catalogue);
      expect(catalogue).toEqual(zhCN);
    });
  });
});
