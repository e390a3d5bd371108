import type { RegistrationDetail, SeasonConfig } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchRegistration } from '@/api/registrations-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { SuccessState } from '@/components/success-state';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import { formatDateTime } from '@/messages/format-date';
import { copyText } from '@/platform/clipboard';
import { goToPage, openPage } from '@/platform/navigation';
import './confirmation.css';
import '@/messages/words/submission';

type Copy = 'idle' | 'copied' | 'failed';

function ReferenceBlock({ reference }: { reference: string }) {
  const m = useMessages();
  const [copy, setCopy] = useState<Copy>('idle');
  return (
    <View className="confirmation__reference">
      <Text className="hint">{m.submission.referenceLabel}</Text>
      <Text className="confirmation__number" id="receipt-reference" selectable userSelect>
        {reference}
      </Text>
      <Button
        className="button"
        id="copy-reference"
        onClick={() => void copyText(reference).then((ok) => setCopy(ok ? 'copied' : 'failed'))}
      >
        {m.submission.copyReference}
      </Button>
      <View role="status" id="copy-status">
        {copy === 'idle' ? null : (
          <Text className={copy === 'copied' ? 'hint' : 'notice'}>
            {copy === 'copied' ? m.submission.copied : m.submission.copyFailed}
          </Text>
        )}
      </View>
    </View>
  );
}

function Confirmation({
  registration,
  config,
}: {
  registration: RegistrationDetail;
  config: SeasonConfig;
}) {
  const m = useMessages();
  const s = m.submission;
  const closesAt = formatDateTime(config.windows[registration.subsystem].closesAt);
  const book = registration.needsOnSiteAppointment && registration.appointment === null;
  return (
    <View className="card confirmation" id="receipt">
      <SuccessState
        id="confirmation"
        title={s.successTitle}
        next={book ? fill(s.nextAppointment, { closesAt }) : s.nextReview}
      >
        <Text className="confirmation__child">
          {fill(s.childLine, {
            subsystem: m.common[registration.subsystem],
            name: registration.childName,
          })}
        </Text>
      </SuccessState>
      <ReferenceBlock reference={registration.reference} />
      <Text className="hint">
        {fill(s.submittedAt, { time: formatDateTime(registration.submittedAt) })}
      </Text>
      <View role="heading" aria-level={3} className="heading">
        <Text>{s.nextTitle}</Text>
      </View>
      <View className="confirmation__next">
        {/* The first next step is in the success above; these are the ones after it. */}
        {book ? <Text className="hint">{s.nextReview}</Text> : null}
        <Text className="hint" id="next-change">
          {fill(s.nextChange, { closesAt })}
        </Text>
      </View>
      <Text className="notice" id="not-admission">
        {s.notAdmission}
      </Text>
      {book ? (
        <Button
          className="button button--primary"
          id="book-appointment"
          onClick={() => openPage('registrationAppointment', { id: registration.id })}
        >
          {s.bookNow}
        </Button>
      ) : null}
      <Button
        className={book ? 'button' : 'button button--primary'}
        id="open-registrations"
        onClick={() => goToPage('registrations')}
      >
        {s.viewMine}
      </Button>
      <Button
        className="button"
        id="register-another-child"
        onClick={() => openPage('registrationAnother', { from: registration.id })}
      >
        {s.anotherChild}
      </Button>
    </View>
  );
}

/**
 * The confirmation page (FAQ 10, 14; PRODUCT.md, After submit): success, the reference number
 * large and copyable, what happens next with the gateway's dates, and the way on. Found again
 * from 我的登记.
 */
export function ConfirmationView({ id, config }: { id: string | null; config: SeasonConfig }) {
  const m = useMessages();
  const registration = useRemote<RegistrationDetail | null>(() =>
    id ? fetchRegistration(id) : Promise.resolve(null),
  );
  if (registration.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (registration.status === 'failed') {
    if (registration.code === 'NOT_FOUND') {
      return <Text className="notice">{m.submission.notFound}</Text>;
    }
    return <ProblemPanel {...describeFailure(m, registration.code)} onRetry={registration.retry} />;
  }
  if (!registration.data) return <Text className="notice">{m.submission.notFound}</Text>;
  return <Confirmation registration={registration.data} config={config} />;
}
