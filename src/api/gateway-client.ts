import { takeEarlyAnswer } from '@/platform/early-answers';
import { withEarlyAnswers } from './early-answers';
import { taroSend } from './http-send';
import type { PatienceOptions } from './load-shedding';
import {
  createTransport,
  type SessionHooks,
  type Transport,
  type TransportOptions,
} from './transport';

type Settings = Omit<TransportOptions, 'baseUrl'> & { baseUrl?: string };

let settings: Settings = { send: withEarlyAnswers(taroSend, takeEarlyAnswer) };
let transport: Transport | null = null;

/**
 * Wires the transport to its collaborators at start-up: the session hooks (stores/session), the
 * server clock, and, in the weapp mock build only, an in-process sender.
 */
export function configureGateway(changes: Partial<Settings>): void {
  settings = { ...settings, ...changes };
  transport = null;
}

/** The shared transport, built on first use from the settings and TARO_APP_GATEWAY_URL. */
export function gateway(): Transport {
  if (!transport) {
    transport = createTransport({
      ...settings,
      baseUrl: settings.baseUrl ?? process.env.TARO_APP_GATEWAY_URL,
    });
  }
  return transport;
}

/**
 * The base URL, session hooks and clock hook the transport uses, for photo uploads: they need
 * their own sender for progress (FAQ 12) but the same session and renewal.
 */
export function gatewayUploadSettings(): {
  baseUrl: string;
  session: SessionHooks | undefined;
  onServerTime: ((iso: string) => void) | undefined;
} {
  return {
    baseUrl: settings.baseUrl ?? process.env.TARO_APP_GATEWAY_URL,
    session: settings.session,
    onServerTime: settings.onServerTime,
  };
}

/**
 * The clock the transport waits on, for steps that wait out load above it (the waiting room):
 * tests that make the transport's waits instant make these instant too.
 */
export function gatewayPatience(): Pick<PatienceOptions, 'sleep' | 'random'> {
  return {
    sleep: settings.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: settings.random ?? Math.random,
  };
}
