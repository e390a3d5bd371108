/** How one call into a host bridge ended. */
export type BridgeReply =
  | { kind: 'success'; value: unknown }
  | { kind: 'fail'; error: unknown }
  | { kind: 'threw'; error: unknown }
  | { kind: 'timeout' };

export interface BridgeCallbacks {
  success(value: unknown): void;
  fail(error: unknown): void;
}

/**
 * Calls a host bridge function and settles exactly once: on its first callback, on a throw, or
 * when `timeoutMs` passes. Hosts do call back twice, throw, or never answer (HOST.md); later
 * callbacks are ignored, so none of these can leave the parent on an endless spinner.
 */
export function callBridge(
  invoke: (callbacks: BridgeCallbacks) => void,
  timeoutMs: number,
): Promise<BridgeReply> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (reply: BridgeReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), timeoutMs);
    try {
      invoke({
        success: (value) => settle({ kind: 'success', value }),
        fail: (error) => settle({ kind: 'fail', error }),
      });
    } catch (error) {
      settle({ kind: 'threw', error });
    }
  });
}
