import { dequeue, isQueued, nextOp, queueDelete, queuePut } from './draft-queue';
import type { QueueOp } from './draft-record';

describe('the server queue', () => {
  it('replays saves and deletes in the order they were made, one entry per draft', () => {
    let queue: QueueOp[] = [];
    queue = queuePut(queue, 'a');
    queue = queuePut(queue, 'b');
    queue = queuePut(queue, 'a');
    queue = queueDelete(queue, 'c');
    expect(queue).toEqual([
      { kind: 'put', id: 'a' },
      { kind: 'put', id: 'b' },
      { kind: 'delete', id: 'c' },
    ]);
    const sent: QueueOp[] = [];
    for (let op = nextOp(queue, new Set()); op; op = nextOp(queue, new Set())) {
      sent.push(op);
      queue = dequeue(queue, op);
    }
    expect(sent.map((op) => `${op.kind}:${op.id}`)).toEqual(['put:a', 'put:b', 'delete:c']);
  });

  it('drops waiting saves of a draft that is deleted (submitted)', () => {
    const queue = queueDelete(queuePut(queuePut([], 'a'), 'b'), 'a');
    expect(queue).toEqual([
      { kind: 'put', id: 'b' },
      { kind: 'delete', id: 'a' },
    ]);
    expect(isQueued(queue, 'a')).toBe(false);
  });

  it('skips drafts waiting for the parent to settle a conflict', () => {
    const queue = queuePut(queuePut([], 'a'), 'b');
    expect(nextOp(queue, new Set(['a']))).toEqual({ kind: 'put', id: 'b' });
    expect(nextOp(queue, new Set(['a', 'b']))).toBeNull();
  });
});
