/**
 * Adds `value` as `target[name]` only where the webview lacks it, the way built-ins are defined
 * (non-enumerable), so a `for...in` over arrays or objects never meets a polyfill.
 */
export function defineMissing(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true });
}
