import { enUS } from './en-us';
import { zhCN } from './zh-cn';
import { hasCatalogue, LOCALES, messagesFor } from './catalog';
import { loadCatalogue } from './catalogue-loader';

/** Every leaf of a catalogue as `path -> text`. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') return found.set(path, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [leaf, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leaf, text);
  }
  return found;
}

/** What differs between two catalogues: missing keys either way and `{slot}` mismatches. */
function differences(a: unknown, b: unknown): string[] {
  const left = leaves(a);
  const right = leaves(b);
  const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  return [
    ...[...left.keys()].filter((key) => !right.has(key)).map((key) => `only in first: ${key}`),
    ...[...right.keys()].filter((key) => !left.has(key)).map((key) => `only in second: ${key}`),
    ...[...left]
      .filter(
        ([key, text]) => right.has(key) && slots(text).join() !== slots(right.get(key)!).join(),
      )
      .map(([key]) => `slots differ: ${key}`),
    ...[...left, ...right].filter(([, text]) => text.trim() === '').map(([key]) => `empty: ${key}`),
  ];
}

/**
 * English without its romanised ethnic-group names: Chinese has no such map, its names are the
 * register's own data (src/domain/registration/ethnic-groups.ts; ethnic-group-name.test.ts checks
 * that English names every group).
 */
const en = { ...enUS, pickers: { ...enUS.pickers, ethnicGroupNames: {} } };

describe('message catalogues', () => {
  it('has every Chinese key in English and no English key without a Chinese one', () => {
    expect(differences(zhCN, en)).toEqual([]);
  });

  it('notices a key missing in either language, and a changed {slot}', () => {
    const commonWithoutRetry: Partial<typeof en.common> = { ...en.common };
    delete commonWithoutRetry.retry;
    const broken = {
      ...en,
      common: commonWithoutRetry,
      home: { ...en.home, greeting: 'Hello' },
    };
    expect(differences(zhCN, broken)).toEqual([
      'only in first: common.retry',
      'slots differ: home.greeting',
    ]);
    expect(differences({ ...zhCN, extra: { x: 'y' } }, en)).toEqual(['only in first: extra.x']);
    expect(differences(zhCN, { ...en, extra: { x: 'y' } })).toEqual(['only in second: extra.x']);
  });

  it('serves Chinese words for English until the English catalogue has been loaded, then its own', async () => {
    expect(hasCatalogue('en-US')).toBe(false);
    expect(messagesFor('en-US').common.home).toBe('首页');
    await expect(loadCatalogue('en-US')).resolves.toBe(enUS);
    expect(hasCatalogue('en-US')).toBe(true);
    expect(LOCALES.map((locale) => messagesFor(locale).common.home)).toEqual(['首页', 'Home']);
  });
});
