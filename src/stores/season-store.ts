import type { SeasonConfig } from '@contract';
import { create } from 'zustand';
import { fetchSeasonConfig } from '@/api/config-api';
import { GatewayError, type FailureCode } from '@/api/gateway-error';

export interface SeasonState {
  config: SeasonConfig | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: FailureCode | null;
  /** Asks the gateway; a call while a load is under way shares it instead of asking again. */
  load(): Promise<void>;
}

let inFlight: Promise<void> | null = null;

/** The season configuration from the gateway: windows, birth-date range, help line. */
export const useSeason = create<SeasonState>()((set) => ({
  config: null,
  status: 'idle',
  failure: null,
  load() {
    inFlight ??= (async () => {
      set({ status: 'loading', failure: null });
      try {
        set({ config: await fetchSeasonConfig(), status: 'ready' });
      } catch (error) {
        set({ status: 'failed', failure: error instanceof GatewayError ? error.code : 'NETWORK' });
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  },
}));
