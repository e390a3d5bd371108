import { createDevHost, createVolatileMemory, type DevHost } from './dev-host';
import type { HostBridge } from './host-bridge';
import { createWeappBridge } from './weapp-bridge';

/** Picks the host bridge for the mini-program build: the login code, or the development host. */
export function chooseHostBridge(): HostBridge | DevHost {
  return process.env.TARO_APP_HOST === 'dev'
    ? createDevHost(createVolatileMemory())
    : createWeappBridge();
}
