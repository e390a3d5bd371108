import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { maskIdNumber } from '@/domain/identity/mask';
import { fill } from '@/messages/fill';
import { useSession } from '@/stores/session-store';
import '@/messages/words/home';
import './home.css';

/** Who is signed in: the name and the masked ID number, never the whole number. */
export function ParentCard() {
  const m = useMessages();
  const profile = useSession((state) => state.profile);
  if (!profile) return null;
  return (
    <View className="card" id="parent-card">
      <View role="heading" aria-level={2} className="heading">
        <Text>{fill(m.home.greeting, { name: profile.name })}</Text>
      </View>
      <Text className="hint home__parent-id" id="parent-id">
        {fill(m.home.identity, { id: maskIdNumber(profile.idNumber) })}
      </Text>
    </View>
  );
}

// Masked, every ID number has this length: the placeholder wraps as the parent's own will.
const SAMPLE_ID = maskIdNumber('000000000000000000');

/**
 * The parent card's place while the host signs the parent in: a short status line and, unseen,
 * a masked ID line of the same length, so the windows below, already on screen, do not move when
 * the parent's card takes its place (in either language, at any text size).
 */
export function ParentCardPending() {
  const m = useMessages();
  return (
    <View className="card" id="parent-card-pending" aria-live="polite" role="status">
      <Text className="heading">{m.home.signingIn}</Text>
      <Text className="hint home__parent-id home__placeholder" aria-hidden="true">
        {fill(m.home.identity, { id: SAMPLE_ID })}
      </Text>
    </View>
  );
}
