import { defineMissing } from './define-missing';

// Language built-ins newer than the oldest webviews parents have (Chrome 61 on Android phones
// that cannot update their system webview, Safari on iOS 11) that this app or its dependencies
// call. Each is the smallest faithful version of the specification's algorithm for the way the
// code uses it; the browser tests delete the native ones and run a whole enrollment on these.

type Callback = (value: unknown, index: number, array: unknown[]) => unknown;

function flatten(source: unknown[], depth: number, into: unknown[]): unknown[] {
  for (let index = 0; index < source.length; index += 1) {
    if (!(index in source)) continue;
    const item = source[index];
    if (depth > 0 && Array.isArray(item)) flatten(item, depth - 1, into);
    else into.push(item);
  }
  return into;
}

/** Installs the missing language built-ins on `scope` (the page's global object). */
export function installLanguageBuiltIns(scope: Record<string, unknown>): void {
  // Chrome 71, iOS 12.2.
  defineMissing(scope, 'globalThis', scope);

  // Chrome 73, iOS 12.2.
  defineMissing(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
    const result: Record<PropertyKey, unknown> = {};
    for (const [key, value] of Array.from(entries)) result[key] = value;
    return result;
  });

  // Chrome 69, iOS 12.
  defineMissing(Array.prototype, 'flat', function flat(this: unknown[], depth?: number) {
    return flatten(this, depth === undefined ? 1 : Number(depth), []);
  });
  defineMissing(
    Array.prototype,
    'flatMap',
    function flatMap(this: unknown[], callback: Callback, thisArg?: unknown) {
      const mapped: unknown[] = [];
      for (let index = 0; index < this.length; index += 1) {
        if (index in this) mapped.push(callback.call(thisArg, this[index], index, this));
      }
      return flatten(mapped, 1, []);
    },
  );

  // Chrome 66, iOS 12. The regular expressions are the specification's white space set.
  defineMissing(String.prototype, 'trimStart', function trimStart(this: string) {
    return String(this).replace(/^[\s\uFEFF\xA0]+/, '');
  });
  defineMissing(String.prototype, 'trimEnd', function trimEnd(this: string) {
    return String(this).replace(/[\s\uFEFF\xA0]+$/, '');
  });

  // Chrome 63, iOS 11.1.
  defineMissing(
    Promise.prototype,
    'finally',
    function promiseFinally(this: Promise<unknown>, onFinally?: () => unknown) {
      if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
      return this.then(
        (value) => Promise.resolve(onFinally()).then(() => value),
        (reason: unknown) =>
          Promise.resolve(onFinally()).then(() => {
            throw reason;
          }),
      );
    },
  );
}
