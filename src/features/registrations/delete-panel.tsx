import type { RegistrationDetail } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { deleteRegistration } from '@/api/registrations-api';
import { GatewayError } from '@/api/gateway-error';
import { describeFailure } from '@/components/failure-message';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import './registrations.css';
import '@/messages/words/registrations';

type Phase = 'idle' | 'confirming' | 'deleting' | GatewayError;

interface DeletePanelProps {
  registration: RegistrationDetail;
  /** The page then shows that the registration is gone, and what to do next. */
  onDeleted(): void;
}

/** 删除信息 (FAQ 8): a confirmation that says what deletion means before anything is deleted. */
export function DeletePanel({ registration, onDeleted }: DeletePanelProps) {
  const m = useMessages();
  const r = m.registrations;
  const [phase, setPhase] = useState<Phase>('idle');

  async function confirm() {
    setPhase('deleting');
    try {
      await deleteRegistration(registration.id);
      onDeleted();
    } catch (error) {
      setPhase(error instanceof GatewayError ? error : new GatewayError('NETWORK', null));
    }
  }

  if (phase === 'idle') {
    return (
      <Button
        className="button button--danger-outline"
        id="delete"
        onClick={() => setPhase('confirming')}
      >
        {r.delete}
      </Button>
    );
  }
  const failure = phase instanceof GatewayError ? describeFailure(m, phase.code) : null;
  return (
    <View
      className="card"
      id="delete-confirm"
      role="alertdialog"
      aria-labelledby="delete-confirm-title"
      aria-describedby="delete-confirm-body"
    >
      <Text className="heading" id="delete-confirm-title">
        {r.deleteTitle}
      </Text>
      <Text className="hint" id="delete-confirm-body">
        {r.deleteBody}
      </Text>
      {failure ? (
        <View className="problem-panel" role="alert" id="delete-failure">
          <Text>{fill(r.failed, failure)}</Text>
        </View>
      ) : null}
      {phase === 'deleting' ? <Text className="hint">{r.deleting}</Text> : null}
      <Button
        className="button button--danger"
        id="confirm-delete"
        disabled={phase === 'deleting'}
        onClick={() => void confirm()}
      >
        {r.deleteConfirm}
      </Button>
      <Button className="button" id="cancel-delete" onClick={() => setPhase('idle')}>
        {r.deleteCancel}
      </Button>
    </View>
  );
}
