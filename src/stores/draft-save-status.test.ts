import { saveStatus } from './draft-save-status';

const local = (change: Partial<Parameters<typeof saveStatus>[0]> = {}) => ({
  saveFailure: null,
  savedAt: null,
  writing: false,
  queue: [],
  ...change,
});
const sync = (
  status: Parameters<typeof saveStatus>[1]['status'],
  savedAt: number | null = null,
) => ({
  status,
  savedAt,
});
const QUEUED = [{ kind: 'put' as const, id: 'd-1' }];

describe('the save message tells only what is true', () => {
  it('says offline with a device copy only once the sealed copy was written', () => {
    expect(saveStatus(local({ writing: true, queue: QUEUED }), sync('offline'))).toEqual({
      kind: 'saving',
    });
    expect(saveStatus(local({ savedAt: 1, queue: QUEUED }), sync('offline'))).toEqual({
      kind: 'offline',
      deviceFailed: false,
    });
  });

  it('says offline without a device copy when the device could not keep one', () => {
    expect(
      saveStatus(local({ saveFailure: 'unavailable', writing: true }), sync('offline')),
    ).toEqual({ kind: 'offline', deviceFailed: true });
  });

  it('does not claim a device copy when the server save failed and the device has none', () => {
    expect(saveStatus(local({ saveFailure: 'unavailable' }), sync('failed'))).toEqual({
      kind: 'failed',
      deviceFailed: true,
    });
    expect(saveStatus(local({ savedAt: 1 }), sync('failed'))).toEqual({
      kind: 'failed',
      deviceFailed: false,
    });
  });

  it('names the server copy alone when the device has none but the gateway has everything', () => {
    expect(saveStatus(local({ saveFailure: 'unavailable' }), sync('idle', 42))).toEqual({
      kind: 'device-failed',
      serverSavedAt: 42,
    });
  });
});
