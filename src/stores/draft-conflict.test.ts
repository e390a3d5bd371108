import type { ServerDraft } from '@contract';
import { payloadOf, reconcile, recordFromServer } from './draft-conflict';
import type { DraftRecord } from './draft-record';

function record(name: string, serverVersion: number | null, updatedAt = 1): DraftRecord {
  return {
    id: 'd-1',
    subsystem: 'enrollment',
    answers: { child: { name } },
    verification: null,
    disputed: [],
    uploads: {},
    materialKinds: {},
    idempotencyKey: null,
    serverVersion,
    createdAt: 0,
    updatedAt,
  };
}

function server(name: string, version: number, updatedAt = 1): ServerDraft {
  return {
    id: 'd-1',
    subsystem: 'enrollment',
    version,
    savedAt: '2022-07-05T10:00:00.000+08:00',
    payload: payloadOf(record(name, null, updatedAt)),
  };
}

function decide(local: DraftRecord | undefined, copy: ServerDraft, queued: boolean) {
  return reconcile(local, copy, recordFromServer(copy), queued);
}

describe('which copy is newer (version numbers, never device clocks)', () => {
  it('takes the server copy when this device has none', () => {
    expect(decide(undefined, server('甲', 1), false)).toBe('take-server');
  });

  it('takes a newer server version when nothing here is unsent, whatever the device clocks say', () => {
    expect(decide(record('甲', 1, 9_999_999), server('乙', 2, 1), false)).toBe('take-server');
  });

  it('keeps this device when it is based on the server version', () => {
    expect(decide(record('甲', 2), server('乙', 2), true)).toBe('keep-local');
    expect(decide(record('甲', 2), server('甲', 2), false)).toBe('keep-local');
  });

  it('is a conflict when both changed since the version they share', () => {
    expect(decide(record('甲', 1, 1), server('乙', 2, 9_999_999), true)).toBe('conflict');
    expect(decide(record('甲', null), server('乙', 1), true)).toBe('conflict');
  });

  it('is no conflict when both copies hold the same content', () => {
    expect(decide(record('甲', null, 5), server('甲', 1, 7), true)).toBe('take-server');
  });
});

describe('server payloads', () => {
  it('never carries the device bookkeeping, and reads back with the server version', () => {
    expect(payloadOf(record('甲', 3))).not.toHaveProperty('serverVersion');
    expect(recordFromServer(server('甲', 4))).toMatchObject({
      serverVersion: 4,
      answers: { child: { name: '甲' } },
    });
  });

  it('refuses a payload without answers', () => {
    expect(recordFromServer({ ...server('甲', 1), payload: { nope: true } })).toBeNull();
  });
});
