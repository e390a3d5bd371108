import { SUBSYSTEMS } from '@contract';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { appReady } from '@/app-start';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { TextLink } from '@/components/text-link';
import { useMessages } from '@/components/use-messages';
import { useServerNow } from '@/components/use-server-now';
import { openPage } from '@/platform/navigation';
import { useSeason } from '@/stores/season-store';
import { useSession } from '@/stores/session-store';
import { SubsystemCard } from './subsystem-card';
import './home.css';
import '@/messages/words/home';
import '@/messages/words/materials';

/**
 * Both subsystems with their windows, and the public links. Until the sign-in's answer sets the
 * gateway clock, the windows are judged by the season answer's own time (stores/server-time).
 */
export function HomeContent() {
  const m = useMessages();
  // Drawn again when the sign-in's answer corrects the clock.
  useSession((state) => state.status);
  const { config, status, failure, load } = useSeason();
  const now = useServerNow();
  useEffect(() => {
    // Not before the app has started: in mock builds the gateway is a worker that starts then.
    void appReady().then(() => {
      if (useSeason.getState().status === 'idle') void load();
    });
  }, [load]);

  return (
    <>
      {status === 'failed' && failure ? (
        <ProblemPanel {...describeFailure(m, failure)} onRetry={() => void load()} />
      ) : null}
      {config && now !== null ? (
        SUBSYSTEMS.map((subsystem) => (
          <SubsystemCard
            key={subsystem}
            subsystem={subsystem}
            window={config.windows[subsystem]}
            now={now}
          />
        ))
      ) : status !== 'failed' ? (
        <LoadingNote text={m.common.loading} />
      ) : null}
      <View className="card home-links" id="home-links">
        <TextLink
          id="home-registrations"
          label={m.common.myRegistrations}
          onOpen={() => openPage('registrations')}
        />
        <TextLink id="home-notices" label={m.common.notices} onOpen={() => openPage('notices')} />
        <TextLink
          id="home-materials-table"
          label={m.materialsTable.title}
          onOpen={() => openPage('materialsTable')}
        />
        <TextLink
          id="home-photo-check"
          label={m.home.photoCheck}
          onOpen={() => openPage('photoCheck')}
        />
        <TextLink id="home-faq" label={m.common.faq} onOpen={() => openPage('faq')} />
      </View>
      <Text className="notice">{m.home.notAdmission}</Text>
    </>
  );
}
