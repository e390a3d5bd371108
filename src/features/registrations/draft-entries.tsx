import { Button, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import type { DraftRecord } from '@/stores/draft-record';
import { useDrafts } from '@/stores/draft-store';
import { useSession } from '@/stores/session-store';

/** The signed-in parent's unsubmitted drafts on this device, newest first. */
export function useParentDrafts(): DraftRecord[] {
  const parentId = useSession((state) => state.profile?.parentId ?? null);
  const { parentId: loadedFor, drafts, openFor } = useDrafts();
  useEffect(() => {
    if (parentId) openFor(parentId);
  }, [parentId, openFor]);
  if (!parentId || loadedFor !== parentId) return [];
  return Object.values(drafts).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Drafts with 信息修改, which restores the last saved content (FAQ 7). */
export function DraftEntries({ drafts }: { drafts: DraftRecord[] }) {
  const m = useMessages();
  if (drafts.length === 0) return null;
  return (
    <View className="card" id="drafts">
      <Text className="heading">{m.registrations.draftsHeading}</Text>
      {drafts.map((draft) => (
        <View key={draft.id} className="registration" id={`draft-${draft.id}`}>
          <Text>
            {fill(m.registrations.draftLabel, {
              name: draft.answers.child?.name || m.registrations.unnamedChild,
            })}
          </Text>
          <Text className="tag">{m.registrations.draftState}</Text>
          <Button
            className="button"
            id={`draft-${draft.id}-edit`}
            onClick={() =>
              openPage(draft.subsystem === 'transfer' ? 'transfer' : 'enrollment', {
                draft: draft.id,
              })
            }
          >
            {m.registrations.edit}
          </Button>
        </View>
      ))}
    </View>
  );
}
