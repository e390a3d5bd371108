import type { PropsWithChildren } from 'react';
import { useEffect } from 'react';
import type { FailureCode } from '@/api/gateway-error';
import { appReady } from '@/app-start';
import { useSession, type SignOnFailure } from '@/stores/session-store';
import type { Messages } from '@/messages/catalog';
import { DevParentPicker } from './dev-parent-picker';
import { describeFailure } from './failure-message';
import { LoadingNote } from './loading-note';
import { ProblemPanel } from './problem-panel';
import { useMessages } from './use-messages';

const HOST_FAILURES = [
  'not-logged-in',
  'cancelled',
  'refused',
  'legal-person',
  'unavailable',
  'not-answering',
] as const;
type HostFailure = (typeof HOST_FAILURES)[number];

function describeSignOnFailure(m: Messages, failure: SignOnFailure) {
  return (HOST_FAILURES as readonly string[]).includes(failure)
    ? m.signOn[failure as HostFailure]
    : describeFailure(m, failure as FailureCode);
}

/**
 * Shows its children only to a signed-in parent. Signs in through the host on first use; a
 * failed renewal later shows a notice above the page instead of replacing it, so nothing typed
 * on screen is lost.
 */
export function SessionGate({ children }: PropsWithChildren) {
  const m = useMessages();
  const { status, failure, renewalFailure, signIn, renew } = useSession();
  useEffect(() => {
    if (useSession.getState().status === 'idle') void appReady().then(signIn);
  }, [status, signIn]);

  if (status === 'failed' && failure === 'choose-parent') return <DevParentPicker />;
  if (status === 'failed' && failure) {
    return (
      <ProblemPanel
        {...describeSignOnFailure(m, failure)}
        help={m.signOn.passwordHelp}
        onRetry={() => void signIn()}
      />
    );
  }
  if (status !== 'signed-in') return <LoadingNote text={m.signOn.signingIn} />;
  return (
    <>
      {renewalFailure ? (
        <ProblemPanel
          title={m.errors.SESSION_EXPIRED.title}
          action={m.signOn.renewFailed}
          onRetry={() => void renew()}
        />
      ) : null}
      {children}
    </>
  );
}
