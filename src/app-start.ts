import { configureGateway } from '@/api/gateway-client';
import { prepareGateway } from '@/api/gateway-mode';
import { chooseHostBridge } from '@/host/choose-host';
import { installNativeSemantics } from '@/platform/native-semantics';
import { usePreferences } from '@/stores/preferences-store';
import { useSeason } from '@/stores/season-store';
import { noteServerTime } from '@/stores/server-time';
import { startSession, useSession } from '@/stores/session-store';

let ready: Promise<void> | null = null;

/**
 * Every page needs the parent signed in and most the season's configuration: asked for as soon
 * as the app runs, in parallel with the page's own code, instead of after it has arrived and
 * rendered (on a slow network that is the difference between the first screen at about 2.5 s
 * and under 2 s). The gates on screen then share the same sign-in and the same load.
 */
function signInEarly(): void {
  if (useSession.getState().status !== 'idle') return;
  void useSession
    .getState()
    .signIn()
    .then(() => {
      const season = useSeason.getState();
      if (useSession.getState().status === 'signed-in' && season.status === 'idle') {
        void season.load();
      }
    });
}

/**
 * Starts the app once: the gateway (mock worker where the build asks for it) must be ready before
 * the first request, then the host bridge and the session are wired to the gateway client.
 */
export function appReady(): Promise<void> {
  ready ??= prepareGateway().then(() => {
    configureGateway({ onServerTime: noteServerTime });
    const bridge = chooseHostBridge();
    startSession(bridge);
    signInEarly();
    installNativeSemantics();
    // Elder-friendly mode follows the host app's own setting unless the parent chose here.
    void bridge.readElderMode?.().then((on) => usePreferences.getState().noteHostElderMode(on));
  });
  return ready;
}
