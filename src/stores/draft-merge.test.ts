import { mergeDeviceCopies } from './draft-merge';
import type { DraftRecord } from './draft-record';

function draft(id: string, name: string, updatedAt: number, serverVersion: number | null = null) {
  const record: DraftRecord = {
    id,
    subsystem: 'enrollment',
    answers: { child: { name } },
    verification: null,
    disputed: [],
    uploads: {},
    materialKinds: {},
    idempotencyKey: null,
    replaces: null,
    serverVersion,
    createdAt: 1,
    updatedAt,
  };
  return record;
}

describe('mergeDeviceCopies', () => {
  it('keeps a draft and a queued save another tab wrote since this tab last read', () => {
    const a = draft('d-a', '甲', 10);
    const b = draft('d-b', '乙', 20);
    const base = { drafts: { 'd-a': a }, queue: [] };
    const mine = {
      drafts: { 'd-a': { ...a, updatedAt: 30 } },
      queue: [{ kind: 'put' as const, id: 'd-a' }],
    };
    const stored = { drafts: { 'd-a': a, 'd-b': b }, queue: [{ kind: 'put' as const, id: 'd-b' }] };
    const merged = mergeDeviceCopies(mine, stored, base);
    expect(Object.keys(merged.drafts).sort()).toEqual(['d-a', 'd-b']);
    expect(merged.drafts['d-a']?.updatedAt).toBe(30);
    expect(merged.queue).toEqual([
      { kind: 'put', id: 'd-a' },
      { kind: 'put', id: 'd-b' },
    ]);
  });

  it('takes the newer copy when both tabs changed the same draft', () => {
    const a = draft('d-a', '甲', 10);
    const base = { drafts: { 'd-a': a }, queue: [] };
    const mine = { drafts: { 'd-a': draft('d-a', '甲一', 15) }, queue: [] };
    const stored = { drafts: { 'd-a': draft('d-a', '甲二', 25) }, queue: [] };
    expect(mergeDeviceCopies(mine, stored, base).drafts['d-a']?.answers.child?.name).toBe('甲二');
    const later = { drafts: { 'd-a': draft('d-a', '甲三', 40) }, queue: [] };
    expect(mergeDeviceCopies(later, stored, base).drafts['d-a']?.answers.child?.name).toBe('甲三');
  });

  it('does not bring back a save or a delete this tab already sent', () => {
    const a = draft('d-a', '甲', 10, 1);
    const base = {
      drafts: { 'd-a': draft('d-a', '甲', 10) },
      queue: [
        { kind: 'put' as const, id: 'd-a' },
        { kind: 'delete' as const, id: 'd-old' },
      ],
    };
    const mine = { drafts: { 'd-a': a }, queue: [] };
    const merged = mergeDeviceCopies(mine, base, base);
    expect(merged).toEqual({ drafts: { 'd-a': a }, queue: [] });
  });

  it('drops a draft the other tab deleted, and keeps its queued delete', () => {
    const a = draft('d-a', '甲', 10);
    const base = { drafts: { 'd-a': a }, queue: [] };
    const mine = { drafts: { 'd-a': a }, queue: [] };
    const stored = { drafts: {}, queue: [{ kind: 'delete' as const, id: 'd-a' }] };
    expect(mergeDeviceCopies(mine, stored, base)).toEqual({
      drafts: {},
      queue: [{ kind: 'delete', id: 'd-a' }],
    });
  });
});
