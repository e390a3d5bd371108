import { defineMissing } from './define-missing';

// Web platform built-ins newer than Chrome 61 / iOS 11 that the app or Taro's H5 runtime needs.

interface AbortListener {
  (event: { type: string }): void;
}

/**
 * Taro's H5 `request` creates an AbortController for every call (Chrome 66, iOS 12.1). On older
 * webviews `fetch` ignores the signal, so this one only records the abort; the gateway client's
 * own time limit is what ends a request there.
 */
class AbortSignalFallback {
  aborted = false;
  onabort: AbortListener | null = null;
  private readonly listeners: AbortListener[] = [];

  addEventListener(type: string, listener: AbortListener): void {
    if (type === 'abort') this.listeners.push(listener);
  }

  removeEventListener(type: string, listener: AbortListener): void {
    const at = this.listeners.indexOf(listener);
    if (type === 'abort' && at >= 0) this.listeners.splice(at, 1);
  }

  dispatch(): void {
    if (this.aborted) return;
    this.aborted = true;
    const event = { type: 'abort' };
    this.onabort?.(event);
    this.listeners.slice().forEach((listener) => listener(event));
  }
}

class AbortControllerFallback {
  readonly signal = new AbortSignalFallback();

  abort(): void {
    this.signal.dispatch();
  }
}

/** Reads a Blob whole, as `Blob.prototype.arrayBuffer` does (Chrome 76, iOS 14). */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Installs the missing web built-ins on `scope` (the page's global object). */
export function installWebBuiltIns(scope: Record<string, unknown>): void {
  if (!('AbortController' in scope)) {
    defineMissing(scope, 'AbortController', AbortControllerFallback);
    defineMissing(scope, 'AbortSignal', AbortSignalFallback);
  }
  const blob = scope.Blob as { prototype: object } | undefined;
  if (blob) {
    defineMissing(blob.prototype, 'arrayBuffer', function arrayBuffer(this: Blob) {
      return readBlob(this);
    });
  }
}
