import { create } from 'zustand';
import { gatewayPatience } from '@/api/gateway-client';
import { untilServed } from '@/api/load-shedding';
import { deviceStorage } from '@/platform/storage';

interface WaitingRoomState {
  /** When the next try goes out (epoch ms), while the gateway is turning us away; else null. */
  until: number | null;
}

export const useWaitingRoom = create<WaitingRoomState>(() => ({ until: null }));

let waiting = 0;

// The steps (by the caller's id, e.g. a draft's) that were in the waiting room when the page
// went away. Only opaque ids: what the step sends stays with the caller's own sealed copy.
const WAITING_KEY = 'waiting-room.steps';

function waitingIds(): string[] {
  try {
    const ids: unknown = JSON.parse(deviceStorage.read(WAITING_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function noteWaiting(id: string, on: boolean): void {
  const others = waitingIds().filter((known) => known !== id);
  const ids = on ? [...others, id] : others;
  try {
    if (ids.length > 0) deviceStorage.write(WAITING_KEY, JSON.stringify(ids));
    else deviceStorage.remove(WAITING_KEY);
  } catch {
    // A device that cannot keep the note only loses the going on by itself after a reload.
  }
}

/**
 * True when the step with this id was still waiting for the gateway when the parent left
 * (closed the page, reloaded, the host app dropped the webview): coming back, the caller goes on
 * with it, and the waiting room shows again until the gateway serves it.
 */
export function leftWaiting(id: string): boolean {
  return waitingIds().includes(id);
}

/**
 * Runs a gateway step that must not end in an error just because the gateway is busy: every
 * 429, 503 or time-out is waited out as the gateway asks, for as long as it asks, with the
 * waiting room on screen meanwhile (its countdown to the next try). With an id, the wait is noted
 * on the device until the step ends either way (see leftWaiting).
 */
export async function throughWaitingRoom<T>(step: () => Promise<T>, id?: string): Promise<T> {
  waiting += 1;
  try {
    return await untilServed(step, {
      ...gatewayPatience(),
      onWait: (ms) => {
        if (id !== undefined) noteWaiting(id, true);
        useWaitingRoom.setState({ until: Date.now() + ms });
      },
      onServed: () => useWaitingRoom.setState({ until: null }),
    });
  } finally {
    if (id !== undefined) noteWaiting(id, false);
    waiting -= 1;
    if (waiting === 0) useWaitingRoom.setState({ until: null });
  }
}
