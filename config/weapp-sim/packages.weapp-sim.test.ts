/**
 * WeChat's package rules for the built mini-program: sizes (main package 400 KB, our budget;
 * 2 MB a subpackage and 20 MB in all, WeChat's limits), and a subpackage page running with only
 * its own files and the main package's, the way a parent opening it first gets it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGateway } from '../../mock/router';
import { MiniProgram, subpackageRoots, type AppJson } from './mini-program';
import { DIST, GATEWAY_BASE, launchSignedIn, newDevice } from './sim-app';
import { WxStorage } from './wx-storage';

const KB = 1024;
const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8')) as AppJson;
const subpackages = app.subPackages ?? app.subpackages ?? [];

interface Sizes {
  mainBytes: number;
  subpackages: Array<{ root: string; bytes: number }>;
}

/** The sizes as the benchmark counts them (config/bench/weapp-size.mjs). */
function measure(dir: string): Sizes {
  const script =
    "import { measureWeapp } from './config/bench/weapp-size.mjs';" +
    'console.log(JSON.stringify(measureWeapp(process.argv[1])));';
  const root = path.resolve(__dirname, '../..');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, dir], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Sizes;
}

describe('the mini-program packages', () => {
  it('puts the registration flows in subpackages and keeps home first in the main package', () => {
    expect(subpackageRoots(app)).toEqual(
      expect.arrayContaining([
        'features/enrollment',
        'features/transfer',
        'features/registrations',
      ]),
    );
    expect(app.pages[0]).toBe('features/home/index');
  });

  it('keeps the main package within 400 KB, each subpackage within 2 MB, 20 MB in all', () => {
    const sizes = measure(DIST);
    expect(sizes.subpackages.map((sub) => sub.root)).toEqual(subpackageRoots(app));
    expect(sizes.mainBytes).toBeLessThanOrEqual(400 * KB);
    for (const sub of sizes.subpackages)
      expect([sub.root, sub.bytes <= 2048 * KB]).toEqual([sub.root, true]);
    const total = sizes.mainBytes + sizes.subpackages.reduce((sum, sub) => sum + sub.bytes, 0);
    expect(total).toBeLessThanOrEqual(20 * 1024 * KB);
  });

  it.each(subpackages.map((sub) => [sub.root, sub.pages] as const))(
    'runs every page of %s from its own files and the main package alone',
    async (root, pages) => {
      const program = await launchSignedIn(newDevice(), 'p-all-verified');
      try {
        for (const page of pages) expect(program.loadPage(`${root}/${page}`)).toBeNull();
        expect([...program.downloaded].sort()).toEqual(['', root]);
      } finally {
        program.close();
      }
      expect(program.errors).toEqual([]);
    },
  );
});

describe('the stand-in enforces WeChat’s package rules', () => {
  let dir = '';

  /** A two-subpackage build whose page in `a` requires a file that only `b` has. */
  function writeBuild(): void {
    dir = mkdtempSync(path.join(tmpdir(), 'weapp-packages-'));
    const files: Record<string, string> = {
      'app.json': JSON.stringify({
        pages: ['main/index'],
        subPackages: [
          { root: 'a', pages: ['index'] },
          { root: 'b', pages: ['index'] },
        ],
      }),
      'base.wxml': '',
      'app.js': 'App({});',
      'main/index.js': 'Page({});',
      'a/index.js': "require('../b/shared.js'); Page({});",
      'b/index.js': "require('./shared.js'); Page({});",
      'b/shared.js': 'module.exports = 1;',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  }

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a page that requires a file of another subpackage, even one already downloaded', async () => {
    writeBuild();
    const program = await MiniProgram.launch({
      distDir: dir,
      gateway: createGateway(),
      gatewayBase: GATEWAY_BASE,
      storage: new WxStorage(),
      parentId: 'p-all-verified',
    });
    try {
      expect(program.loadPage('b/index')).toBeNull();
      expect(program.loadPage('a/index')).toBe('page "a/index" failed to load');
    } finally {
      program.close();
    }
    expect(program.errors).toEqual([
      expect.stringContaining('a/index.js requires b/shared.js of subpackage b'),
    ]);
  });
});
