import { SUBSYSTEMS } from '@contract';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useServerNow } from '@/components/use-server-now';
import { maskIdNumber } from '@/domain/identity/mask';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { useSeason } from '@/stores/season-store';
import { useSession } from '@/stores/session-store';
import { SubsystemCard } from './subsystem-card';

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
          <Text className="heading">{fill(m.home.greeting, { name: profile.name })}</Text>
          <Text className="hint" id="parent-id">
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
      <View className="card" id="home-links">
        <View
          className="link"
          role="link"
          id="home-registrations"
          onClick={() => openPage('registrations')}
        >
          <Text>{m.common.myRegistrations}</Text>
        </View>
        <View className="link" role="link" id="home-notices" onClick={() => openPage('notices')}>
          <Text>{m.common.notices}</Text>
        </View>
        <View
          className="link"
          role="link"
          id="home-materials-table"
          onClick={() => openPage('materialsTable')}
        >
          <Text>{m.materialsTable.title}</Text>
        </View>
        <View
          className="link"
          role="link"
          id="home-photo-check"
          onClick={() => openPage('photoCheck')}
        >
          <Text>{m.home.photoCheck}</Text>
        </View>
        <View className="link" role="link" id="home-faq" onClick={() => openPage('faq')}>
          <Text>{m.common.faq}</Text>
        </View>
      </View>
      <Text className="notice">{m.home.notAdmission}</Text>
    </>
  );
}
