import { useEffect, useState } from 'react';
import { serverNow } from '@/stores/server-time';

/**
 * The gateway's current time, read at every render and at least every `intervalMs`, so a window
 * opens or closes on screen without a reload.
 */
export function useServerNow(intervalMs = 30_000): number | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return serverNow();
}
