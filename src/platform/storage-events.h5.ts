/** Page and network events the draft store needs on H5 (FAQ 7: saved at once, nothing lost). */

/** Calls `flush` when the page is hidden or left, so a debounced save is written in time. */
export function onPageLeave(flush: () => void): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
  };
}

/** Calls `resume` when the network comes back, so queued server saves are sent. */
export function onNetworkBack(resume: () => void): () => void {
  window.addEventListener('online', resume);
  return () => window.removeEventListener('online', resume);
}
