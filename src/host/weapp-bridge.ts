import Taro from '@tarojs/taro';
import { classifyHostFailure, type HostBridge, type TicketResult } from './host-bridge';

/** The mini-program channel: `Taro.login` gives a one-time code the gateway exchanges. */
export function createWeappBridge(): HostBridge {
  return {
    id: 'weapp',
    async requestTicket(): Promise<TicketResult> {
      try {
        const { code } = await Taro.login();
        return code ? { ok: true, ticket: code } : { ok: false, reason: 'unavailable' };
      } catch (error) {
        return { ok: false, reason: classifyHostFailure(error) };
      }
    },
    signOut: () => Promise.resolve(),
  };
}
