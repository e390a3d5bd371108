import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SEED_PARENTS } from '../../mock/seed/parents';
import { PRODUCTION_BUILD_DIR } from './e2e-app';

const WEAPP_BUILD_DIR = path.resolve(PRODUCTION_BUILD_DIR, '..', 'weapp');

function bundleText(dir: string): string {
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });
  return files(dir)
    .filter((file) => /\.(js|html|json|wxml|wxss|css)$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

// Markers only the mock gateway contains: msw, its worker, the seed data and the model's storage.
const MOCK_MARKERS = [
  'mockServiceWorker',
  'setupWorker',
  'jinan-mock-gateway',
  ...SEED_PARENTS.flatMap((parent) => [parent.parentId, parent.idNumber, parent.name]),
];

describe.each([
  ['H5', PRODUCTION_BUILD_DIR],
  ['weapp', WEAPP_BUILD_DIR],
])('the production %s bundle', (_name, dir) => {
  const text = bundleText(dir);

  it('contains none of the mock gateway', () => {
    expect(text.length).toBeGreaterThan(10_000);
    expect(MOCK_MARKERS.filter((marker) => text.includes(marker))).toEqual([]);
  });
});
