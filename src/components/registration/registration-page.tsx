import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { appReady } from '@/app-start';
import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { pageParam } from '@/platform/navigation';
import { loadMaterialsCatalogue } from '@/stores/materials-catalogue';
import { DraftGate } from './draft-gate';
import type { RegistrationFlow } from './flow';

interface RegistrationPageProps {
  flow: RegistrationFlow;
  title: string;
  children(draftId: string, config: SeasonConfig, now: number): ReactNode;
  /** Stands in while the sign-in, the season and the draft are on their way. */
  pending?: ReactNode;
}

/**
 * Asks for the materials catalogue as the page starts, alongside the sign-in (it is public): the
 * task list, the materials step and the check page read it, and asking only once the draft has
 * arrived cost the start page a whole round trip. A failure here is left to the screen that
 * shows the catalogue, which asks again and offers the retry.
 */
function CatalogueAhead(): null {
  useEffect(() => {
    // Not before the app has started: in mock builds the gateway is a worker that starts then.
    void appReady().then(() => loadMaterialsCatalogue().catch(() => undefined));
  }, []);
  return null;
}

/** Every page of a flow: signed in, with the season's rules, on the draft named in the URL. */
export function RegistrationPage({ flow, title, children, pending }: RegistrationPageProps) {
  return (
    <PageShell title={title}>
      <CatalogueAhead />
      <SessionGate signingIn={pending}>
        <SeasonGate loading={pending}>
          {(config, now) => (
            <DraftGate
              flow={flow}
              requested={pageParam('draft')}
              config={config}
              now={now}
              loading={pending}
            >
              {(draftId) => children(draftId, config, now)}
            </DraftGate>
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
