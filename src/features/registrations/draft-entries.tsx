import type { SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { useMessages } from '@/components/use-messages';
import { draftProgress } from '@/domain/after-submit/draft-progress';
import { gatewayDate } from '@/domain/season/gateway-date';
import { fill } from '@/messages/fill';
import { formatDeviceTime } from '@/messages/format-date';
import { openPage } from '@/platform/navigation';
import type { DraftRecord } from '@/stores/draft-record';
import { useDrafts } from '@/stores/draft-store';
import { syncNow } from '@/stores/draft-sync';
import { useSession } from '@/stores/session-store';
import './registrations.css';
import '@/messages/words/registrations';

/** The signed-in parent's drafts that hold an answer (blank forms are not drafts), newest first. */
export function useParentDrafts(): DraftRecord[] {
  const parentId = useSession((state) => state.profile?.parentId ?? null);
  const { parentId: loadedFor, drafts, openFor } = useDrafts();
  useEffect(() => {
    if (parentId) openFor(parentId);
  }, [parentId, openFor]);
  if (!parentId || loadedFor !== parentId) return [];
  return Object.values(drafts)
    .filter((draft) => !draft.unstarted)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

interface EntryProps {
  draft: DraftRecord;
  config: SeasonConfig;
  now: number;
}

/** One draft: subsystem, child (or 未填写), sections done, last save; 信息修改 and delete. */
function DraftEntry({ draft, config, now }: EntryProps) {
  const m = useMessages();
  const r = m.registrations;
  const profile = useSession((state) => state.profile);
  const deleteDraft = useDrafts((state) => state.deleteDraft);
  const [confirming, setConfirming] = useState(false);
  const id = `draft-${draft.id}`;
  const progress = profile
    ? draftProgress(
        {
          subsystem: draft.subsystem,
          answers: draft.answers,
          checks: draft.verification?.checks ?? [],
          disputed: draft.disputed,
          uploads: draft.uploads,
        },
        {
          today: gatewayDate(now),
          birthRange: draft.subsystem === 'enrollment' ? config.enrollmentBirthRange : null,
          applicant: { idNumber: profile.idNumber, mobile: profile.mobile },
        },
      )
    : null;
  return (
    <View className="registration draft-entry" id={id}>
      <Text className="tag" id={`${id}-subsystem`}>
        {m.common[draft.subsystem]}
      </Text>
      <View role="heading" aria-level={3} className="heading" id={`${id}-name`}>
        <Text>
          {fill(r.draftLabel, { name: draft.answers.child?.name?.trim() || r.unnamedChild })}
        </Text>
      </View>
      {progress ? (
        <Text className="hint" id={`${id}-progress`}>
          {fill(r.draftProgress, { done: progress.done, total: progress.total })}
        </Text>
      ) : null}
      <Text className="hint" id={`${id}-saved`}>
        {fill(r.draftSavedAt, { time: formatDeviceTime(draft.updatedAt) })}
      </Text>
      {confirming ? (
        <View
          className="card"
          id={`${id}-confirm`}
          role="alertdialog"
          aria-labelledby={`${id}-confirm-title`}
          aria-describedby={`${id}-confirm-body`}
        >
          <Text className="heading" id={`${id}-confirm-title`}>
            {r.draftDeleteTitle}
          </Text>
          <Text className="hint" id={`${id}-confirm-body`}>
            {r.draftDeleteBody}
          </Text>
          <Button
            className="button button--danger"
            id={`${id}-confirm-delete`}
            onClick={() => {
              deleteDraft(draft.id);
              // The gateway's copy goes at once, so the other host app does not offer it either.
              void syncNow();
            }}
          >
            {r.draftDeleteConfirm}
          </Button>
          <Button
            className="button"
            id={`${id}-cancel-delete`}
            onClick={() => setConfirming(false)}
          >
            {r.draftDeleteCancel}
          </Button>
        </View>
      ) : (
        <>
          <Button
            className="button"
            id={`${id}-edit`}
            onClick={() =>
              openPage(draft.subsystem === 'transfer' ? 'transfer' : 'enrollment', {
                draft: draft.id,
              })
            }
          >
            {r.edit}
          </Button>
          <Button
            className="button button--danger-outline"
            id={`${id}-delete`}
            onClick={() => setConfirming(true)}
          >
            {r.draftDelete}
          </Button>
        </>
      )}
    </View>
  );
}

/** Drafts with 信息修改, which restores the last saved content (FAQ 7), and their deletion. */
export function DraftEntries({
  drafts,
  config,
  now,
}: { drafts: DraftRecord[] } & Omit<EntryProps, 'draft'>) {
  const m = useMessages();
  if (drafts.length === 0) return null;
  return (
    <View className="card" id="drafts">
      <View role="heading" aria-level={2} className="heading">
        <Text>{m.registrations.draftsHeading}</Text>
      </View>
      {drafts.map((draft) => (
        <DraftEntry key={draft.id} draft={draft} config={config} now={now} />
      ))}
    </View>
  );
}
