type Answers = Record<string, unknown>;

/**
 * Takes, once, the answer index.html asked for at `url` before the bundle arrived
 * (config/preload-page-plugin.ts): a promise of `{ status, retryAfter, body }`, or of null when
 * that request failed. Null when the page asked for nothing there (the mini-program has no index.html).
 */
export function takeEarlyAnswer(url: string): Promise<unknown> | null {
  if (typeof window === 'undefined') return null;
  const answers = (window as unknown as { __earlyAnswers?: unknown }).__earlyAnswers;
  if (!answers || typeof answers !== 'object') return null;
  const answer = (answers as Answers)[url];
  delete (answers as Answers)[url];
  return answer && typeof (answer as Promise<unknown>).then === 'function'
    ? (answer as Promise<unknown>)
    : null;
}
