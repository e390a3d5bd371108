import { CURRENT_DECLARATION_VERSION, type ResubmitEnrollment } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BottomBar } from '@/components/bottom-bar';
import { GatewayError } from '@/api/gateway-error';
import { describeFailure } from '@/components/failure-message';
import { useMessages } from '@/components/use-messages';
import type { MaterialRequirement } from '@/domain/registration/material-requirement';
import { isReadyToSubmit, type MaterialsEvidence } from '@/domain/registration/section-status';
import { buildSubmission } from '@/domain/registration/submission';
import { fill } from '@/messages/fill';
import { replacePage } from '@/platform/navigation';
import { focusById } from '@/platform/focus';
import { submitEnrollment } from '@/stores/submit-enrollment';
import { leftWaiting } from '@/stores/waiting-room';
import { ServerReasonsList } from './server-reasons';
import { DeclarationBox } from './declaration-box';
import type { RegistrationForm } from './use-registration';
import '@/messages/words/enrollment';
import '@/messages/words/submission';

type Phase =
  | { name: 'idle' }
  | { name: 'confirming' }
  | { name: 'submitting' }
  | { name: 'failed'; error: GatewayError };

interface SubmitPanelProps {
  form: RegistrationForm;
  requirements: MaterialRequirement[];
  evidence: MaterialsEvidence;
}

/**
 * The declaration, then submit with a confirmation that it is final (FAQ 8); one registration
 * however often it is tried. Submit asks for the declaration first (issue 14), and the gateway
 * keeps it with the registration.
 */
export function SubmitPanel({ form, requirements, evidence }: SubmitPanelProps) {
  const m = useMessages();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  // When the parent ticked the declaration; null while it is not ticked.
  const [declaredAt, setDeclaredAt] = useState<string | null>(null);
  const [declarationMissing, setDeclarationMissing] = useState(false);
  const { record, answers, context } = form;
  const ready = form.editable && isReadyToSubmit(answers, context, evidence, form.flow.journey);
  // A submit the parent left in the waiting room (page closed or reloaded, the host app gone)
  // goes on by itself when they come back, with the same key: the wait resumes, then success.
  useEffect(() => {
    if (ready && leftWaiting(record.id)) void submit();
    // Once per draft shown: `submit` is the same step whenever it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, record.id]);
  if (!form.editable) return <Text className="notice">{m.enrollment.windowClosedNotice}</Text>;
  if (!isReadyToSubmit(answers, context, evidence, form.flow.journey)) {
    return <Text className="notice">{m.enrollment.checkAnswersNotReady}</Text>;
  }

  async function submit() {
    if (phase.name === 'submitting') return;
    setPhase({ name: 'submitting' });
    const body = buildSubmission(
      answers,
      context,
      {
        verificationId: record.verification?.id || null,
        disputed: record.disputed,
        requirements,
        uploads: record.uploads,
        kinds: record.materialKinds,
        declaration: {
          accepted: true,
          textVersion: CURRENT_DECLARATION_VERSION,
          acceptedAt: declaredAt ?? new Date().toISOString(),
        },
      },
      form.flow.journey,
    );
    if (!body) {
      setPhase({ name: 'failed', error: new GatewayError('VALIDATION_FAILED', null) });
      return;
    }
    try {
      const replaces = record.replaces ?? null;
      const correction: ResubmitEnrollment | null = replaces ? { ...body, replaces } : null;
      const registration = await submitEnrollment(record.id, correction ?? body);
      replacePage(form.flow.routes.receipt, { id: registration.id });
    } catch (error) {
      setPhase({
        name: 'failed',
        error: error instanceof GatewayError ? error : new GatewayError('NETWORK', null),
      });
    }
  }

  function toggleDeclaration() {
    if (phase.name === 'submitting') return;
    setDeclaredAt(declaredAt ? null : new Date().toISOString());
    setDeclarationMissing(false);
    // Unticked after confirming: the final question waits for the declaration again.
    if (declaredAt) setPhase({ name: 'idle' });
  }

  function askToConfirm() {
    if (!declaredAt) {
      setDeclarationMissing(true);
      focusById('declaration');
      return;
    }
    setPhase({ name: 'confirming' });
  }

  const declaration = (
    <DeclarationBox
      accepted={declaredAt !== null}
      missing={declarationMissing}
      onToggle={toggleDeclaration}
    />
  );
  if (phase.name === 'idle') {
    return (
      <>
        {declaration}
        <BottomBar>
          <Button className="button button--primary" id="submit" onClick={askToConfirm}>
            {m.submission.submit}
          </Button>
        </BottomBar>
      </>
    );
  }
  const failure =
    phase.name === 'failed' ? describeFailure(m, phase.error.code, phase.error.retryAfterMs) : null;
  return (
    <>
      {declaration}
      <View
        className="card"
        id="submit-confirm"
        role="alertdialog"
        aria-labelledby="submit-confirm-title"
        aria-describedby="submit-confirm-body"
      >
        <Text className="heading" id="submit-confirm-title">
          {m.submission.confirmTitle}
        </Text>
        <Text className="hint" id="submit-confirm-body">
          {m.submission.confirmBody}
        </Text>
        {failure ? (
          <View className="problem-panel" role="alert" id="submit-failure">
            <Text>{fill(m.submission.failed, failure)}</Text>
            <ServerReasonsList form={form} />
          </View>
        ) : null}
        {phase.name === 'submitting' ? (
          <Text className="hint">{m.submission.submitting}</Text>
        ) : null}
        <Button
          className="button button--primary"
          id="confirm-submit"
          disabled={phase.name === 'submitting'}
          onClick={() => void submit()}
        >
          {m.submission.confirmSubmit}
        </Button>
        <Button className="button" id="cancel-submit" onClick={() => setPhase({ name: 'idle' })}>
          {m.submission.confirmCancel}
        </Button>
      </View>
    </>
  );
}
