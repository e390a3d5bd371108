import type { RegistrationDetail, SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchRegistration } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { HelpLine } from '@/components/help-line';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { allowedActions } from '@/domain/after-submit/allowed-actions';
import { nextAction } from '@/domain/after-submit/next-action';
import { getWindowState } from '@/domain/season/window-state';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { useShowAgain } from './use-show-again';
import { CorrectionNotice } from './correction-notice';
import { DeletePanel } from './delete-panel';
import { DeletedView } from './deleted-view';
import './registrations.css';
import { StatusTimeline } from './status-timeline';
import { SubmittedContent } from './submitted-content';
import { useStartDraft } from './use-refill';
import '@/messages/words/registrations';

interface DetailProps {
  id: string;
  config: SeasonConfig;
  now: number;
}

/** One registration: receipt number, state, timeline, content, and only the allowed actions. */
export function RegistrationDetailView({ id, config, now }: DetailProps) {
  const m = useMessages();
  const r = m.registrations;
  const detail = useRemote<RegistrationDetail>(() => fetchRegistration(id));
  const { refill, busy } = useStartDraft();
  const [deleted, setDeleted] = useState(false);
  useShowAgain(detail.retry);
  if (detail.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (detail.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, detail.code)} onRetry={detail.retry} />;
  }
  const registration = detail.data;
  if (deleted) return <DeletedView registration={registration} />;
  const window = getWindowState(config.windows[registration.subsystem], now);
  const allowed = allowedActions(registration, window, now);
  const { correction } = registration;
  const next = nextAction(registration, window, now);
  return (
    <>
      {registration.status === 'returned' && correction ? (
        <CorrectionNotice correction={correction} />
      ) : null}
      <View className="card" id="registration-summary">
        <View role="heading" aria-level={2} className="heading" id="detail-reference">
          <Text>{fill(r.reference, { reference: registration.reference })}</Text>
        </View>
        <Text
          className={`tag tag--${registration.status}`}
          id="detail-status"
          data-status={registration.status}
        >
          {r.status[registration.status]}
        </Text>
        <Text className="hint" id="detail-next">
          {r.next[next]}
        </Text>
        {/* A refusal raises questions: the number to ask is one tap away. */}
        {next === 'not-passed' ? (
          <HelpLine id="detail-help-line" className="help-line--inline" />
        ) : null}
        {registration.resultNote ? (
          <Text className="hint">{fill(r.resultNote, { note: registration.resultNote })}</Text>
        ) : null}
      </View>
      <Text className="notice" id="not-admission">
        {r.notAdmission}
      </Text>
      {allowed.blocked ? (
        <Text className="notice" id="view-only-notice">
          {allowed.blocked === 'window-closed' ? r.closedNotice : r.notOpenNotice}
        </Text>
      ) : null}
      <StatusTimeline registration={registration} />
      {allowed.resubmit ? (
        <View className="card">
          <Text className="hint">{r.fixHint}</Text>
          <Button
            className="button button--primary"
            id="fix-resubmit"
            disabled={busy}
            onClick={() => refill(registration.submission, registration.id)}
          >
            {r.fix}
          </Button>
        </View>
      ) : null}
      {/* Booking is offered while it can be made; a booking made stays viewable afterwards. */}
      {allowed.book || allowed.reschedule || registration.appointment !== null ? (
        <Button
          className="button"
          id="open-appointment"
          onClick={() => openPage('registrationAppointment', { id: registration.id })}
        >
          {r.openAppointment}
        </Button>
      ) : null}
      <View className="card">
        <View role="heading" aria-level={2} className="heading">
          <Text>{r.contentTitle}</Text>
        </View>
        <SubmittedContent submission={registration.submission} school={registration.school} />
      </View>
      {allowed.delete ? (
        <DeletePanel registration={registration} onDeleted={() => setDeleted(true)} />
      ) : null}
    </>
  );
}
