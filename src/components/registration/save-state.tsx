import type { ServerDraft } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { flushLocal } from '@/stores/draft-local';
import { recordFromServer } from '@/stores/draft-conflict';
import type { DraftRecord } from '@/stores/draft-record';
import { saveStatus, type SaveStatus } from '@/stores/draft-save-status';
import { useDrafts } from '@/stores/draft-store';
import { summarizeDraft } from '@/stores/draft-summary';
import { keepDeviceCopy, takeOtherCopy } from '@/stores/draft-choice';
import { syncNow, useDraftSync } from '@/stores/draft-sync';
import '@/messages/words/drafts';

const pad = (value: number) => String(value).padStart(2, '0');
const hhmm = (at: number) => `${pad(new Date(at).getHours())}:${pad(new Date(at).getMinutes())}`;

function statusText(m: ReturnType<typeof useMessages>, status: SaveStatus): string | null {
  switch (status.kind) {
    case 'saving':
      return m.drafts.saving;
    case 'saved':
      return fill(m.drafts.savedAt, { time: hhmm(status.at) });
    case 'offline':
      return status.deviceFailed ? m.drafts.offlineNoDevice : m.drafts.offline;
    case 'device-failed':
      return status.serverSavedAt === null
        ? m.drafts.deviceFailed
        : fill(m.drafts.deviceFailedServerSaved, { time: hhmm(status.serverSavedAt) });
    case 'closed':
      return m.drafts.closed;
    case 'failed':
      return status.deviceFailed ? m.drafts.failedNoDevice : m.drafts.failed;
    default:
      return null;
  }
}

function CopySummary(props: { id: string; title: string; record: DraftRecord; at: number }) {
  const m = useMessages();
  const summary = summarizeDraft(props.record);
  return (
    <View className="card" id={props.id}>
      <Text className="heading">{props.title}</Text>
      <Text className="hint">
        {fill(m.drafts.copySummary, {
          name: summary.childName ?? m.drafts.unnamed,
          id: summary.maskedId ?? m.drafts.unnamed,
          count: summary.answered,
        })}
      </Text>
      <Text className="hint">{fill(m.drafts.copySavedAt, { time: hhmm(props.at) })}</Text>
    </View>
  );
}

/** Both copies of a draft changed in two places (412): the parent chooses, nothing is lost. */
function ConflictPanel({ local, server }: { local: DraftRecord; server: ServerDraft }) {
  const m = useMessages();
  const other = recordFromServer(server);
  if (!other) return null;
  return (
    <View className="notice" id="draft-conflict" role="alert">
      <Text className="heading">{m.drafts.conflictTitle}</Text>
      <Text className="hint">{m.drafts.conflictHint}</Text>
      <CopySummary
        id="conflict-local"
        title={m.drafts.thisDevice}
        record={local}
        at={local.updatedAt}
      />
      <CopySummary
        id="conflict-server"
        title={m.drafts.otherCopy}
        record={other}
        at={Date.parse(server.savedAt)}
      />
      <Button className="button" id="keep-this-device" onClick={() => keepDeviceCopy(local.id)}>
        {m.drafts.keepThisDevice}
      </Button>
      <Button className="button" id="use-other-copy" onClick={() => takeOtherCopy(local.id)}>
        {m.drafts.useOtherCopy}
      </Button>
    </View>
  );
}

/** "Saved at hh:mm", "saving", "not saved yet: offline" on every form screen (FAQ 7). */
export function SaveState() {
  const m = useMessages();
  const local = useDrafts();
  const sync = useDraftSync();
  // Leaving a screen (each section's Continue) writes and sends at once.
  useEffect(
    () => () => {
      void flushLocal();
      void syncNow();
    },
    [],
  );
  const status = saveStatus(local, sync);
  const text = statusText(m, status);
  const conflict = Object.values(sync.conflicts)
    .map((server) => ({ server, record: local.drafts[server.id] }))
    .find((entry) => entry.record !== undefined);
  const alert = status.kind === 'offline' || status.kind === 'device-failed';
  return (
    <>
      {conflict?.record ? <ConflictPanel local={conflict.record} server={conflict.server} /> : null}
      {text ? (
        <View
          className={alert ? 'notice' : 'hint'}
          id="save-state"
          data-state={status.kind}
          role={alert ? 'alert' : 'status'}
        >
          <Text>{text}</Text>
        </View>
      ) : null}
    </>
  );
}
