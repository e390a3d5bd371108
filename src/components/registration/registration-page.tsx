import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { pageParam } from '@/platform/navigation';
import { DraftGate } from './draft-gate';
import type { RegistrationFlow } from './flow';

interface RegistrationPageProps {
  flow: RegistrationFlow;
  title: string;
  children(draftId: string, config: SeasonConfig, now: number): ReactNode;
}

/** Every page of a flow: signed in, with the season's rules, on the draft named in the URL. */
export function RegistrationPage({ flow, title, children }: RegistrationPageProps) {
  return (
    <PageShell title={title}>
      <SessionGate>
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
