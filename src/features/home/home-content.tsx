import { SUBSYSTEMS } from '@contract';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { TextLink } from '@/components/text-link';
import { useMessages } from '@/components/use-messages';
import { useServerNow } from '@/components/use-server-now';
import { maskIdNumber } from '@/domain/identity/mask';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { useSeason } from '@/stores/season-store';
import { useSession } from '@/stores/session-store';
import { SubsystemCard } from './subsystem-card';
import './home.css';
import '@/messages/words/home';
import '@/messages/words/materials';

/** The signed-in home: who is signed in (masked), and both subsystems with their windows. */
export function HomeContent() {
  const m = useMessages();
  const profile = useSession((state) => state.profile);
  const { config, status, failure, load } = useSeason();
  const now = useServerNow();
  useEffect(() => {
    if (useSeason.getState().status === 'idle') void load();
  }, [load]);

  return (
    <>
      {profile ? (
        <View className="card" id="parent-card">
          <View role="heading" aria-level={2} className="heading">
            <Text>{fill(m.home.greeting, { name: profile.name })}</Text>
          </View>
          <Text className="hint home__parent-id" id="parent-id">
            {fill(m.home.identity, { id: maskIdNumber(profile.idNumber) })}
          </Text>
        </View>
      ) : null}
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
