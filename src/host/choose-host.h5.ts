import { createDevHost, type DevHost, type DevHostMemory } from './dev-host';
import type { HostBridge } from './host-bridge';
import { createLightAppBridge, findLightAppJssdk } from './light-app-bridge';

const DEV_PARENT_KEY = 'dev-host.parent';

function sessionMemory(): DevHostMemory {
  return {
    get: () => window.sessionStorage.getItem(DEV_PARENT_KEY),
    set: (parentId) =>
      parentId === null
        ? window.sessionStorage.removeItem(DEV_PARENT_KEY)
        : window.sessionStorage.setItem(DEV_PARENT_KEY, parentId),
  };
}

/**
 * Picks the host bridge for the H5 light app: TARO_APP_HOST names it, or `auto` tells the two
 * Love Shandong apps apart by their user agent (the Quancheng Office app adds its own mark).
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
  const sdk = findLightAppJssdk(window);
  const quancheng =
    setting === 'quancheng' || (setting === 'auto' && /quancheng/i.test(navigator.userAgent));
  return quancheng
    ? createLightAppBridge('quancheng', process.env.TARO_APP_QUANCHENG_APP_ID, sdk)
    : createLightAppBridge('ishandong', process.env.TARO_APP_ISHANDONG_APP_ID, sdk);
}
