import { createServerClock } from '@/domain/season/server-clock';

type Clock = ReturnType<typeof createServerClock>;

let clock: Clock | null = null;
let fromCachedCopy = false;

function monotonicNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Records the gateway's clock from an answer: windows are judged by it, never by the device. */
export function noteServerTime(iso: string): void {
  clock = createServerClock(iso, monotonicNow());
  fromCachedCopy = false;
}

/**
 * Records the time of an answer that may be a CDN's copy (the season configuration, up to a
 * minute old) when nothing better is known yet: the home page can show the windows while the
 * parent is still being signed in, and the sign-in's own answer corrects the clock a round trip
 * later. The gateway judges every submission by its own clock, so a minute's lag cannot let
 * anything through a closed window.
 */
export function noteCachedServerTime(iso: string): void {
  if (clock && !fromCachedCopy) return;
  clock = createServerClock(iso, monotonicNow());
  fromCachedCopy = true;
}

/** The gateway's current time in epoch ms, or null before the first answer arrived. */
export function serverNow(): number | null {
  return clock ? clock.now(monotonicNow()) : null;
}
