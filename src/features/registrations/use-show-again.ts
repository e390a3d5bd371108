import { useRef } from 'react';
import { usePageShow } from '@/platform/page-events';

/**
 * Runs `callback` each time the page shows again (e.g. back from a detail page that deleted a
 * registration), so a list never shows what the gateway no longer has. Not on the first show.
 */
export function useShowAgain(callback: () => void): void {
  const shown = useRef(false);
  const latest = useRef(callback);
  latest.current = callback;
  usePageShow(() => {
    if (shown.current) latest.current();
    shown.current = true;
  });
}
