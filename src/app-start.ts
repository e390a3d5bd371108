import { configureGateway } from '@/api/gateway-client';
import { prepareGateway } from '@/api/gateway-mode';
import { chooseHostBridge } from '@/host/choose-host';
import { installNativeSemantics } from '@/platform/native-semantics';
import { usePreferences } from '@/stores/preferences-store';
import { noteServerTime } from '@/stores/server-time';
import { startSession } from '@/stores/session-store';

let ready: Promise<void> | null = null;

/**
 * Starts the app once: the gateway (mock worker where the build asks for it) must be ready before
 * the first request, then the host bridge and the session are wired to the gateway client.
 */
export function appReady(): Promise<void> {
  ready ??= prepareGateway().then(() => {
    configureGateway({ onServerTime: noteServerTime });
    const bridge = chooseHostBridge();
    startSession(bridge);
    installNativeSemantics();
    // Elder-friendly mode follows the host app's own setting unless the parent chose here.
    void bridge.readElderMode?.().then((on) => usePreferences.getState().noteHostElderMode(on));
  });
  return ready;
}
