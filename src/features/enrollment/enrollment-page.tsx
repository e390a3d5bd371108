import type { SeasonConfig } from '@contract';
import type { ReactNode } from 'react';
import { PageShell } from '@/components/page-shell';
import { SeasonGate } from '@/components/season-gate';
import { SessionGate } from '@/components/session-gate';
import { pageParam } from '@/platform/navigation';
import { DraftGate } from './draft-gate';

interface EnrollmentPageProps {
  title: string;
  children(draftId: string, config: SeasonConfig, now: number): ReactNode;
}

/** Every enrollment page: signed in, with the season's rules, on the draft named in the URL. */
export function EnrollmentPage({ title, children }: EnrollmentPageProps) {
  return (
    <PageShell title={title}>
      <SessionGate>
        <SeasonGate>
          {(config, now) => (
            <DraftGate requested={pageParam('draft')} config={config} now={now}>
              {(draftId) => children(draftId, config, now)}
            </DraftGate>
          )}
        </SeasonGate>
      </SessionGate>
    </PageShell>
  );
}
