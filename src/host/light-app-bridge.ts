import type { HostId } from '@contract';
import { classifyHostFailure, type HostBridge, type TicketResult } from './host-bridge';

/**
 * The part of the Love Shandong light-app SDK (`window.lightAppJssdk`) this app uses. Both host
 * apps (爱山东 and 爱山东·泉城办) inject the same bridge family; they differ in app identifier.
 */
export interface LightAppJssdk {
  user: {
    getTicket(options: {
      appId?: string;
      success(result: unknown): void;
      fail(error: unknown): void;
    }): void;
  };
  /**
   * ASSUMPTION (issue 9): hosts with an elder-friendly mode report it here as
   * `{ elderMode: boolean }`. Not in the published SDK we have seen, so it is optional and its
   * answer is validated before use.
   */
  device?: {
    getAccessibilitySettings?(options: {
      success(result: unknown): void;
      fail(error: unknown): void;
    }): void;
  };
}

/** Finds the bridge the host injected, validating its shape at the edge. */
export function findLightAppJssdk(scope: unknown): LightAppJssdk | null {
  const sdk = (scope as { lightAppJssdk?: unknown } | undefined)?.lightAppJssdk;
  const user = (sdk as { user?: { getTicket?: unknown } } | undefined)?.user;
  return typeof user?.getTicket === 'function' ? (sdk as LightAppJssdk) : null;
}

/** Reads the host's elder-mode flag from whatever the bridge answered; null unless a boolean. */
export function readElderModeAnswer(result: unknown): boolean | null {
  const elderMode = (result as { elderMode?: unknown } | null)?.elderMode;
  return typeof elderMode === 'boolean' ? elderMode : null;
}

// A host that never calls back must not hold the page in the wrong mode for long.
const SETTINGS_TIMEOUT_MS = 3_000;

function askElderMode(sdk: LightAppJssdk | null): Promise<boolean | null> {
  const device = sdk?.device;
  const ask = device?.getAccessibilitySettings;
  if (typeof ask !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), SETTINGS_TIMEOUT_MS);
    const finish = (value: boolean | null) => {
      clearTimeout(timer);
      resolve(value);
    };
    try {
      ask.call(device, {
        success: (result) => finish(readElderModeAnswer(result)),
        fail: () => finish(null),
      });
    } catch {
      finish(null);
    }
  });
}

function readTicket(result: unknown): string | null {
  const ticket = (result as { ticket?: unknown } | null)?.ticket;
  return typeof ticket === 'string' && ticket.length > 0 ? ticket : null;
}

/** A host bridge over `lightAppJssdk` for one of the two Love Shandong host apps. */
export function createLightAppBridge(
  id: Extract<HostId, 'ishandong' | 'quancheng'>,
  appId: string,
  sdk: LightAppJssdk | null,
): HostBridge {
  return {
    id,
    requestTicket() {
      if (!sdk) return Promise.resolve<TicketResult>({ ok: false, reason: 'unavailable' });
      return new Promise<TicketResult>((resolve) => {
        sdk.user.getTicket({
          appId,
          success(result) {
            const ticket = readTicket(result);
            resolve(ticket ? { ok: true, ticket } : { ok: false, reason: 'unavailable' });
          },
          fail(error) {
            resolve({ ok: false, reason: classifyHostFailure(error) });
          },
        });
      });
    },
    // Signing out of this service must not sign the parent out of the host app.
    signOut: () => Promise.resolve(),
    readElderMode: () => askElderMode(sdk),
  };
}
