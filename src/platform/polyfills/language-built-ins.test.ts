import { installLanguageBuiltIns } from './language-built-ins';

type Owner = Record<string, unknown>;

/** Runs `check` with `owner[name]` deleted and then polyfilled, restoring the native one after. */
function withPolyfilled(owner: object, name: string, check: () => void): void {
  const target = owner as Owner;
  const native = Object.getOwnPropertyDescriptor(target, name);
  delete target[name];
  try {
    installLanguageBuiltIns({});
    expect(typeof target[name]).toBe('function');
    expect(Object.keys(owner)).not.toContain(name);
    check();
  } finally {
    delete target[name];
    if (native) Object.defineProperty(target, name, native);
  }
}

describe('language built-ins for old webviews', () => {
  it('builds an object from entries like Object.fromEntries', () => {
    withPolyfilled(Object, 'fromEntries', () => {
      expect(
        Object.fromEntries([
          ['a', 1],
          ['b', 2],
        ]),
      ).toEqual({ a: 1, b: 2 });
      expect(Object.fromEntries(new Map([['k', 'v']]))).toEqual({ k: 'v' });
    });
  });

  it('flattens one level by default, deeper on request, and skips holes like Array.prototype.flat', () => {
    withPolyfilled(Array.prototype, 'flat', () => {
      expect([1, [2, [3, [4]]]].flat()).toEqual([1, 2, [3, [4]]]);
      expect([1, [2, [3, [4]]]].flat(2)).toEqual([1, 2, 3, [4]]);
      // eslint-disable-next-line no-sparse-arrays
      expect([1, , 2].flat()).toEqual([1, 2]);
    });
  });

  it('maps then flattens one level like Array.prototype.flatMap', () => {
    withPolyfilled(Array.prototype, 'flatMap', () => {
      expect([1, 2].flatMap((value) => [value, [value * 10]])).toEqual([1, [10], 2, [20]]);
      expect(
        ['a'].flatMap(
          function (this: { suffix: string }, value) {
            return value + this.suffix;
          },
          { suffix: '!' },
        ),
      ).toEqual(['a!']);
    });
  });

  it('trims white space at one end only like trimStart and trimEnd', () => {
    withPolyfilled(String.prototype, 'trimStart', () => {
      expect(' \u00a0\ufeff\t x y '.trimStart()).toBe('x y ');
    });
    withPolyfilled(String.prototype, 'trimEnd', () => {
      expect(' x y \n\u00a0'.trimEnd()).toBe(' x y');
    });
  });

  it('runs the finally callback and keeps the outcome like Promise.prototype.finally', async () => {
    await new Promise<void>((done, fail) => {
      withPolyfilled(Promise.prototype, 'finally', () => {
        const seen: string[] = [];
        const kept = Promise.resolve('value').finally(() => seen.push('after value'));
        const rejected = Promise.reject(new Error('reason')).finally(() =>
          seen.push('after error'),
        );
        Promise.all([kept, rejected.catch((error: Error) => error.message)])
          .then((outcomes) => {
            expect(outcomes).toEqual(['value', 'reason']);
            expect(seen.sort()).toEqual(['after error', 'after value']);
            done();
          })
          .catch(fail);
      });
    });
  });

  it('gives the global object a globalThis only where it has none', () => {
    const scope: Owner = {};
    installLanguageBuiltIns(scope);
    expect(scope.globalThis).toBe(scope);
    const other = { globalThis: 'already there' };
    installLanguageBuiltIns(other);
    expect(other.globalThis).toBe('already there');
  });

  it('leaves a native built-in in place', () => {
    const native = Object.fromEntries;
    installLanguageBuiltIns({});
    expect(Object.fromEntries).toBe(native);
  });
});
