import { create } from 'zustand';
import { gatewayPatience } from '@/api/gateway-client';
import { untilServed } from '@/api/load-shedding';

interface WaitingRoomState {
  /** When the next try goes out (epoch ms), while the gateway is turning us away; else null. */
  until: number | null;
}

export const useWaitingRoom = create<WaitingRoomState>(() => ({ until: null }));

let waiting = 0;

/**
 * Runs a gateway step that must not end in an error just because the gateway is busy: every
 * 429, 503 or time-out is waited out as the gateway asks, for as long as it asks, with the
 * waiting room on screen meanwhile (its countdown to the next try).
 */
export async function throughWaitingRoom<T>(step: () => Promise<T>): Promise<T> {
  waiting += 1;
  try {
    return await untilServed(step, {
      ...gatewayPatience(),
      onWait: (ms) => useWaitingRoom.setState({ until: Date.now() + ms }),
      onServed: () => useWaitingRoom.setState({ until: null }),
    });
  } finally {
    waiting -= 1;
    if (waiting === 0) useWaitingRoom.setState({ until: null });
  }
}
