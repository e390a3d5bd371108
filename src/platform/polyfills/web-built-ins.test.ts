/**
 * @jest-environment jsdom
 */
// Plain jsdom: its Blob and FileReader belong together (the fixed environment swaps in Node's Blob).
import { installWebBuiltIns } from './web-built-ins';

describe('web built-ins for old webviews', () => {
  it('gives a webview without AbortController one whose signal reports the abort once', () => {
    const scope: Record<string, unknown> = {};
    installWebBuiltIns(scope);
    const Controller = scope.AbortController as typeof AbortController;
    const controller = new Controller();
    const heard: string[] = [];
    controller.signal.addEventListener('abort', (event) => heard.push(`listener ${event.type}`));
    controller.signal.onabort = (event) => heard.push(`onabort ${event.type}`);
    expect(controller.signal.aborted).toBe(false);
    controller.abort();
    controller.abort();
    expect(controller.signal.aborted).toBe(true);
    expect(heard).toEqual(['onabort abort', 'listener abort']);
  });

  it('keeps a native AbortController', () => {
    const scope: Record<string, unknown> = { AbortController: 'native' };
    installWebBuiltIns(scope);
    expect(scope.AbortController).toBe('native');
    expect(scope.AbortSignal).toBeUndefined();
  });

  it('reads a whole Blob as an ArrayBuffer where Blob.prototype.arrayBuffer is missing', async () => {
    const prototype = Blob.prototype as unknown as Record<string, unknown>;
    const native = Object.getOwnPropertyDescriptor(prototype, 'arrayBuffer');
    delete prototype.arrayBuffer;
    try {
      installWebBuiltIns({ Blob });
      const buffer = await new Blob([new Uint8Array([1, 2, 3])]).arrayBuffer();
      expect(Array.from(new Uint8Array(buffer))).toEqual([1, 2, 3]);
    } finally {
      delete prototype.arrayBuffer;
      if (native) Object.defineProperty(prototype, 'arrayBuffer', native);
    }
  });
});
