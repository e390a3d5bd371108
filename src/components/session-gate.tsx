import type { PropsWithChildren, ReactNode } from 'react';
import { lazy, Suspense, useEffect } from 'react';
import type { FailureCode } from '@/api/gateway-error';
import { appReady } from '@/app-start';
import { useSession, type SignOnFailure } from '@/stores/session-store';
import type { Messages } from '@/messages/catalog';
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

/**
 * The development host's parent picker exists only in builds that sign in through it (mock and
 * browser-test builds). TARO_APP_HOST is a build constant: in every other build the condition is
 * false at compile time and webpack drops the import, so neither the picker nor the mock
 * gateway's parent list ships. Only the development host answers 'choose-parent'.
 */
const DevParentPicker = lazy(() =>
  process.env.TARO_APP_HOST === 'dev'
    ? import('./dev-parent-picker').then((module) => ({ default: module.DevParentPicker }))
    : Promise.reject(new Error('this build has no development host')),
);

function describeSignOnFailure(m: Messages, failure: SignOnFailure) {
  // Only the development host asks to choose a parent; any other build treats it as no host.
  if (failure === 'choose-parent') return m.signOn.unavailable;
  if (failure === 'app-fault') return m.account.appFault;
  return (HOST_FAILURES as readonly string[]).includes(failure)
    ? m.signOn[failure as HostFailure]
    : describeFailure(m, failure as FailureCode);
}

/**
 * Shows its children only to a signed-in parent. Signs in through the host on first use; a
 * failed renewal later shows a notice above the page instead of replacing it, so nothing typed
 * on screen is lost. `signingIn` stands in while the sign-in is under way (by default a loading
 * line that holds the rest of the page back).
 */
export function SessionGate({ children, signingIn }: PropsWithChildren<{ signingIn?: ReactNode }>) {
  const m = useMessages();
  const { status, failure, renewalFailure, signIn, renew } = useSession();
  useEffect(() => {
    if (useSession.getState().status === 'idle') void appReady().then(signIn);
  }, [status, signIn]);

  if (status === 'failed' && failure === 'choose-parent' && process.env.TARO_APP_HOST === 'dev') {
    return (
      <Suspense fallback={<LoadingNote text={m.common.loading} />}>
        <DevParentPicker />
      </Suspense>
    );
  }
  if (status === 'failed' && failure) {
    return (
      <ProblemPanel
        {...describeSignOnFailure(m, failure)}
        help={m.signOn.passwordHelp}
        onRetry={() => void signIn()}
      />
    );
  }
  if (status !== 'signed-in') return signingIn ?? <LoadingNote text={m.signOn.signingIn} />;
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
