import { createDevHost, type DevHost, type DevHostMemory } from './dev-host';
import type { HostBridge } from './host-bridge';
import { hostFromUserAgent } from './host-user-agent';
import { loadJssdkScript } from './jssdk-loader';
import { createLightAppBridge } from './light-app-bridge';
import { waitForLightAppJssdk } from './wait-for-jssdk';

const DEV_PARENT_KEY = 'dev-host.parent';

/** How long each sign-in attempt waits for the host to inject `lightAppJssdk`. */
const JSSDK_WAIT = { timeoutMs: 5_000, intervalMs: 100 };

function sessionMemory(): DevHostMemory {
  return {
    get: () => window.sessionStorage.getItem(DEV_PARENT_KEY),
    set: (parentId) =>
      parentId === null
        ? window.sessionStorage.removeItem(DEV_PARENT_KEY)
        : window.sessionStorage.setItem(DEV_PARENT_KEY, parentId),
  };
}

/** Loads the host's loader script where the build names one, then waits for the bridge. */
function locateJssdk() {
  loadJssdkScript(document, process.env.TARO_APP_JSSDK_URL);
  return waitForLightAppJssdk(() => window, JSSDK_WAIT);
}

/**
 * Picks the host bridge for the H5 light app: TARO_APP_HOST names it, or `auto` tells the two
 * Love Shandong apps apart by their user agent.
 */
export function chooseHostBridge(): HostBridge | DevHost {
  const setting = process.env.TARO_APP_HOST;
  const query = new URLSearchParams(window.location.search);
  if (setting === 'dev') {
    const memory = sessionMemory();
    const requested = query.get('devParent');
    if (requested) memory.set(requested);
    // ?devElderMode=on|off plays a host app that reports its elder-friendly setting.
    const elder = query.get('devElderMode');
    return createDevHost(memory, query.get('devHostFail'), elder ? elder === 'on' : null);
  }
  const hostId =
    setting === 'auto'
      ? hostFromUserAgent(navigator.userAgent, process.env.TARO_APP_QUANCHENG_UA_TOKEN)
      : setting;
  return hostId === 'quancheng'
    ? createLightAppBridge('quancheng', process.env.TARO_APP_QUANCHENG_APP_ID, locateJssdk)
    : createLightAppBridge('ishandong', process.env.TARO_APP_ISHANDONG_APP_ID, locateJssdk);
}
