import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SEED_PARENTS } from '../../mock/seed/parents';
import { PRODUCTION_BUILD_DIR } from './e2e-app';

const ROOT = path.resolve(PRODUCTION_BUILD_DIR, '..', '..');
const WEAPP_BUILD_DIR = path.resolve(PRODUCTION_BUILD_DIR, '..', 'weapp');

function bundleFiles(dir: string): { name: string; text: string }[] {
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });
  return files(dir)
    .filter((file) => /\.(js|html|json|wxml|wxss|css)$/.test(file))
    .map((file) => ({ name: path.relative(dir, file), text: readFileSync(file, 'utf8') }));
}

/** Each match of `pattern` in the files, with 40 characters either side, named by file. */
function occurrences(files: { name: string; text: string }[], pattern: RegExp) {
  return files.flatMap(({ name, text }) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map(
      (match) => ({
        file: name,
        context: text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40),
      }),
    ),
  );
}

// Code evaluation the mini-program runtime forbids (and a CSP would): none in our own code.
const EVAL = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/;
/**
 * The one documented third-party occurrence: webpack's runtime finds the global object with
 * `this || new Function("return this")()` (webpack/lib/runtime/GlobalRuntimeModule.js), inside
 * a try and only after `typeof globalThis` failed, which no supported webview or base library
 * reaches. It is in the webpack runtime chunk, not in our modules.
 */
const WEBPACK_GLOBAL = /try\{return this\|\|new Function\("return this"\)\(\)\}catch/;
/**
 * The HEIC decoder (heic2any's libheif, compiled with Emscripten) builds its bindings with
 * `new Function`. It is its own chunk, loaded only when a HEIC the webview cannot decode arrives;
 * where a policy forbids evaluation it fails to load and the photo is refused with advice, as
 * for any decoder failure. No other chunk may evaluate strings.
 */
const HEIC_DECODER_CHUNK = /^js\/heic-decoder\.[0-9a-f]+\.js$/;

// What a gateway secret would be called or look like (appSecret, client_secret, privateKey, a
// PEM "PRIVATE KEY"); React's internals object is the one vendor match. Not "password": Taro's
// input component has a `password` property, and the app explains there is no password.
const SECRET = /secret|private[_ -]?key/i;
const REACT_INTERNALS = /__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED/g;

/** The only variables our builds read (README, "Pointing a build at a real gateway and host"). */
// The variables the README's build settings table lists: the only ones a build may carry.
const PUBLIC_VARIABLES = Array.from(
  readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/^\| `(TARO_APP_[A-Z_]+)`/gm),
  (match) => match[1],
);

// Markers only the mock gateway and the development tools contain: msw, its worker, the mock's
// own paths (the seeded-parent list, its controls), the development parent picker, the seed data
// and the model's storage.
const MOCK_MARKERS = [
  '__mock',
  'dev-parent-',
  'mockServiceWorker',
  'setupWorker',
  'jinan-mock-gateway',
  ...SEED_PARENTS.flatMap((parent) => [parent.parentId, parent.idNumber, parent.name]),
];

describe.each([
  ['H5', PRODUCTION_BUILD_DIR],
  ['weapp', WEAPP_BUILD_DIR],
])('the production %s bundle', (_name, dir) => {
  const files = bundleFiles(dir);
  const text = files.map((file) => file.text).join('\n');

  it('contains none of the mock gateway', () => {
    expect(text.length).toBeGreaterThan(10_000);
    expect(MOCK_MARKERS.filter((marker) => text.includes(marker))).toEqual([]);
  });

  it('evaluates no code from strings, apart from the documented webpack runtime line', () => {
    const found = occurrences(
      files.filter((file) => !HEIC_DECODER_CHUNK.test(file.name)),
      EVAL,
    );
    expect(found.filter((hit) => !WEBPACK_GLOBAL.test(hit.context))).toEqual([]);
    // At most one webpack runtime per bundle: a second one would mean something else matched.
    expect(found.length).toBeLessThanOrEqual(1);
  });

  it('carries no secret or private key', () => {
    const found = occurrences(
      files.map((file) => ({ ...file, text: file.text.replace(REACT_INTERNALS, '') })),
      SECRET,
    );
    expect(found).toEqual([]);
  });
});

describe('the build configuration', () => {
  it.each(['.env', '.env.e2e', '.env.mock'])(
    'defines in %s only the public variables the README lists',
    (file) => {
      const names = readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => line.split('=')[0]);
      expect(names.filter((name) => !PUBLIC_VARIABLES.includes(name ?? ''))).toEqual([]);
      expect(names.filter((name) => SECRET.test(name ?? ''))).toEqual([]);
    },
  );
});
