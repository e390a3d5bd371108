import { useEffect, useState, type ComponentType } from 'react';
import { describeFailure } from './failure-message';
import { LoadingNote } from './loading-note';
import { ProblemPanel } from './problem-panel';
import { useMessages } from './use-messages';

/** A component whose code is fetched the first time it is drawn, or earlier with `preload`. */
export type OnDemand<P extends object> = ComponentType<P> & {
  /** Starts fetching the code now (after a page shows), so it is there when the parent goes on. */
  preload(): void;
};

/**
 * Wraps a component that only some screens of a page draw (issue 16: no page downloads what it
 * does not show), H5 only: the mini-program cannot fetch code at run time. While the code
 * arrives the parent sees the loading line; a failed fetch is the network's fault, said so with
 * a retry, and forgotten so the retry fetches again.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;

  function fetchCode(): Promise<ComponentType<P>> {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  }

  function Drawn(props: P) {
    const m = useMessages();
    // The component in state, so its arrival draws it (a function, hence the updater form).
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component || failed) return;
      let live = true;
      fetchCode().then(
        (arrived) => live && setComponent(() => arrived),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [component, failed]);
    if (component) {
      const Loaded = component;
      return <Loaded {...props} />;
    }
    if (failed) {
      return <ProblemPanel {...describeFailure(m, 'NETWORK')} onRetry={() => setFailed(false)} />;
    }
    return <LoadingNote text={m.common.loading} />;
  }

  return Object.assign(Drawn, {
    preload() {
      fetchCode().catch(() => undefined);
    },
  });
}
