import { useCallback, useEffect, useRef, useState } from 'react';
import { GatewayError, type FailureCode } from '@/api/gateway-error';

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; code: FailureCode; retryAfterMs: number | null };

/** Loads gateway data for a screen, with a retry that keeps the rest of the screen as it is. */
export function useRemote<T>(load: () => Promise<T>): Remote<T> & { retry(): void } {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const loader = useRef(load);
  loader.current = load;
  const run = useCallback(() => {
    setState({ status: 'loading' });
    loader.current().then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) =>
        setState({
          status: 'failed',
          code: error instanceof GatewayError ? error.code : 'NETWORK',
          retryAfterMs: error instanceof GatewayError ? error.retryAfterMs : null,
        }),
    );
  }, []);
  useEffect(run, [run]);
  return { ...state, retry: run };
}
