import { configureGateway } from '@/api/gateway-client';
import { prepareGateway } from '@/api/gateway-mode';
import { chooseHostBridge } from '@/host/choose-host';
import { installNativeSemantics } from '@/platform/native-semantics';
import { usePreferences } from '@/stores/preferences-store';
import { useSeason } from '@/stores/season-store';
import { noteCachedServerTime, noteServerTime } from '@/stores/server-time';
import { startSession, useSession } from '@/stores/session-store';

let ready: Promise<void> | null = null;

/**
 * Every page needs the parent signed in and most the season's configuration: both asked for as
 * soon as the app runs, in parallel with the page's own code and with each other (the season is
 * public, so it does not wait for the sign-in). On a slow network each round trip saved is
 * about a sixth of a second before the first screen. The gates on screen then share the same
 * sign-in and the same load.
 */
function startEarly(): void {
  if (useSeason.getState().status === 'idle') void useSeason.getState().load();
  if (useSession.getState().status === 'idle') void useSession.getState().signIn();
}

/**
 * Starts the app once: the gateway (mock worker where the build asks for it) must be ready before
 * the first request, then the host bridge and the session are wired to the gateway client.
 */
export function appReady(): Promise<void> {
  ready ??= prepareGateway().then(() => {
    configureGateway({ onServerTime: noteServerTime, onCachedServerTime: noteCachedServerTime });
    const bridge = chooseHostBridge();
    startSession(bridge);
    startEarly();
    installNativeSemantics();
    // Elder-friendly mode follows the host app's own setting unless the parent chose here.
    void bridge.readElderMode?.().then((on) => usePreferences.getState().noteHostElderMode(on));
  });
  return ready;
}
