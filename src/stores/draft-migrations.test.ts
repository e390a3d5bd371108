import { DRAFTS_FORMAT_VERSION, formatDrafts, migrateDrafts } from './draft-migrations';

describe('draft format migrations', () => {
  it('migrates version 1 (plaintext, no server version) and queues every draft for the gateway', () => {
    const v1 = JSON.stringify({
      version: 1,
      drafts: {
        'd-1': { id: 'd-1', answers: { child: { name: '李沐阳' } } },
        'd-2': { id: 'd-2' },
      },
    });
    const migrated = migrateDrafts<{ id: string; serverVersion: unknown; answers?: unknown }>(v1);
    expect(migrated.drafts['d-1']).toEqual({
      id: 'd-1',
      answers: { child: { name: '李沐阳' } },
      serverVersion: null,
    });
    expect(migrated.queue).toEqual([
      { kind: 'put', id: 'd-1' },
      { kind: 'put', id: 'd-2' },
    ]);
  });

  it('reads the current format unchanged', () => {
    const content = {
      drafts: { 'd-1': { id: 'd-1' } },
      queue: [{ kind: 'delete' as const, id: 'd-9' }],
    };
    expect(JSON.parse(formatDrafts(content))).toMatchObject({ version: DRAFTS_FORMAT_VERSION });
    expect(migrateDrafts(formatDrafts(content))).toEqual(content);
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => migrateDrafts(JSON.stringify({ version: 0, drafts: {} }))).toThrow('no migration');
    expect(() => migrateDrafts('[]')).toThrow();
  });
});
