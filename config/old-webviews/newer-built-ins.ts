/**
 * Built-ins that Chrome 61 (the system webview of Android phones that cannot update it) or Safari
 * on iOS 11 lack, as `owner path -> names`. The browser tests delete them before the page loads,
 * so a run in today's Chromium meets what an old phone meets. The app polyfills only those it
 * calls (src/platform/polyfills); the rest must simply never be needed.
 */
export const NEWER_BUILT_INS: Record<string, string[]> = {
  window: [
    'globalThis',
    'structuredClone',
    'queueMicrotask',
    'AbortController',
    'AbortSignal',
    'ResizeObserver',
  ],
  Object: ['fromEntries', 'hasOwn'],
  'Array.prototype': ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex'],
  'String.prototype': ['trimStart', 'trimEnd', 'replaceAll', 'matchAll', 'at'],
  Promise: ['allSettled', 'any'],
  'Promise.prototype': ['finally'],
  'Crypto.prototype': ['randomUUID'],
  'Blob.prototype': ['arrayBuffer', 'text', 'stream'],
};

/**
 * A script for `addInitScript`: deletes every built-in above and records what it deleted in
 * `window.__deletedBuiltIns`, so a test can tell the deletion happened.
 */
export function deleteNewerBuiltInsScript(): string {
  return `(() => {
    const deleted = [];
    const plan = ${JSON.stringify(NEWER_BUILT_INS)};
    for (const [ownerPath, names] of Object.entries(plan)) {
      const owner = ownerPath === 'window'
        ? window
        : ownerPath.split('.').reduce((value, key) => value && value[key], window);
      if (!owner) continue;
      for (const name of names) {
        if (name in owner && delete owner[name]) deleted.push(ownerPath + '.' + name);
      }
    }
    // Before AbortController (Chrome 66, iOS 12.1) fetch knew no \`signal\` and ignored it; today's
    // fetch refuses any signal that is not a native AbortSignal.
    const nativeFetch = window.fetch;
    window.fetch = (input, init) => {
      if (!init || !('signal' in init)) return nativeFetch(input, init);
      const { signal, ...rest } = init;
      return nativeFetch(input, rest);
    };
    window.__deletedBuiltIns = deleted;
  })();`;
}
