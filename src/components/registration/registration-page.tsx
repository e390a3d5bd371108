import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
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
}

/**
 * Asks for the materials catalogue as soon as the parent is signed in, alongside the draft: the
 * task list, the materials step and the check page read it, and asking only once the draft has
 * arrived cost the start page a whole round trip. A failure here is left to the screen that
 * shows the catalogue, which asks again and offers the retry.
 */
function CatalogueAhead(): null {
  useEffect(() => {
    loadMaterialsCatalogue().catch(() => undefined);
  }, []);
  return null;
}

/** Every page of a flow: signed in, with the season's rules, on the draft named in the URL. */
export function RegistrationPage({ flow, title, children }: RegistrationPageProps) {
  return (
    <PageShell title={title}>
      <SessionGate>
        <CatalogueAhead />
        <SeasonGate>
          {(config, now) => (
            <DraftGate flow={flow} requested={pageParam('draft')} config={config} now={now}>
              {(draftId) => children(draftId, config, now)}
            </DraftGate>
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
