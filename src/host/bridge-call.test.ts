import { callBridge, type BridgeCallbacks } from './bridge-call';

afterEach(() => jest.useRealTimers());

describe('callBridge', () => {
  it('settles with what success received', async () => {
    await expect(callBridge((c) => c.success('{"ticket":"t"}'), 1000)).resolves.toEqual({
      kind: 'success',
      value: '{"ticket":"t"}',
    });
  });

  it('settles with what fail received, a string or an object', async () => {
    await expect(callBridge((c) => c.fail('未登录'), 1000)).resolves.toEqual({
      kind: 'fail',
      error: '未登录',
    });
    await expect(callBridge((c) => c.fail({ code: 9 }), 1000)).resolves.toEqual({
      kind: 'fail',
      error: { code: 9 },
    });
  });

  it('settles when the bridge throws instead of calling back', async () => {
    const error = new Error('lightAppJssdk is not ready');
    await expect(
      callBridge(() => {
        throw error;
      }, 1000),
    ).resolves.toEqual({ kind: 'threw', error });
  });

  it('keeps the first answer of a bridge that calls back twice', async () => {
    const reply = await callBridge((c) => {
      c.success('first');
      c.fail('second');
      c.success('third');
    }, 1000);
    expect(reply).toEqual({ kind: 'success', value: 'first' });
  });

  it('ignores a late answer after a throw', async () => {
    const reply = await callBridge((c) => {
      setTimeout(() => c.success('late'), 0);
      throw new Error('boom');
    }, 1000);
    expect(reply.kind).toBe('threw');
  });

  it('gives up when the bridge never calls back, and ignores an answer after that', async () => {
    jest.useFakeTimers();
    let callbacks: BridgeCallbacks | undefined;
    const pending = callBridge((c) => (callbacks = c), 5000);
    jest.advanceTimersByTime(4999);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(pending).resolves.toEqual({ kind: 'timeout' });
    callbacks?.success('too late');
    await expect(pending).resolves.toEqual({ kind: 'timeout' });
  });
});
