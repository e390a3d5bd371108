import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fill } from '@/messages/fill';
import { sendQueuedEdits, signOutAndClear } from '@/stores/sign-out';
import { useMessages } from './use-messages';

type Phase =
  | { name: 'idle' }
  | { name: 'confirming' }
  | { name: 'sending' }
  | { name: 'unsent'; count: number }
  | { name: 'signing-out' };

/**
 * 退出登录: sends the queued edits first; only when all went out does it sign out and clear the
 * device copies. When some cannot be sent it says how many drafts would lose changes and asks.
 */
export function SignOut() {
  const m = useMessages();
  const a = m.account;
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });

  async function send() {
    setPhase({ name: 'sending' });
    const count = await sendQueuedEdits();
    if (count > 0) {
      setPhase({ name: 'unsent', count });
      return;
    }
    await leave();
  }

  async function leave() {
    setPhase({ name: 'signing-out' });
    await signOutAndClear();
  }

  if (phase.name === 'idle') {
    return (
      <View className="card" id="sign-out-card">
        <Button className="button" id="sign-out" onClick={() => setPhase({ name: 'confirming' })}>
          {a.signOut}
        </Button>
      </View>
    );
  }
  const busy = phase.name === 'sending' || phase.name === 'signing-out';
  return (
    <View
      className="card"
      id="sign-out-confirm"
      role="alertdialog"
      aria-labelledby="sign-out-title"
      aria-describedby="sign-out-body"
    >
      <Text className="heading" id="sign-out-title">
        {phase.name === 'unsent' ? a.unsentTitle : a.signOutTitle}
      </Text>
      <Text className="hint" id="sign-out-body">
        {phase.name === 'unsent' ? fill(a.unsentBody, { count: phase.count }) : a.signOutBody}
      </Text>
      {busy ? (
        <View className="hint" role="status">
          <Text>{phase.name === 'sending' ? a.sending : a.signingOut}</Text>
        </View>
      ) : null}
      {phase.name === 'unsent' ? (
        <>
          <Button
            className="button button--primary"
            id="sign-out-retry"
            onClick={() => void send()}
          >
            {a.retrySend}
          </Button>
          <Button className="button" id="sign-out-anyway" onClick={() => void leave()}>
            {a.signOutAnyway}
          </Button>
        </>
      ) : null}
      {phase.name === 'confirming' ? (
        <Button
          className="button button--primary"
          id="sign-out-confirm-button"
          onClick={() => void send()}
        >
          {a.confirmSignOut}
        </Button>
      ) : null}
      {/* While sending or signing out there is nothing to choose: no buttons, only the status. */}
      {busy ? null : (
        <Button className="button" id="sign-out-cancel" onClick={() => setPhase({ name: 'idle' })}>
          {a.cancel}
        </Button>
      )}
    </View>
  );
}
