import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { fill } from '@/messages/fill';
import { useWaitingRoom } from '@/stores/waiting-room';
import { useMessages } from './use-messages';
import './waiting-room.css';

/**
 * The calm screen over the page while the gateway is busy (FAQ 9): no error, a countdown to the
 * next try, and the reassurance that the answers are kept. It goes away by itself once served.
 */
export function WaitingRoom() {
  const m = useMessages();
  const until = useWaitingRoom((state) => state.until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  if (until === null) return null;
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <View id="waiting-room" className="waiting-room" role="status" aria-live="polite">
      <View role="heading" aria-level={2} className="waiting-room__title">
        <Text>{m.waitingRoom.title}</Text>
      </View>
      <Text id="waiting-room-countdown" className="waiting-room__countdown">
        {seconds > 0 ? fill(m.waitingRoom.countdown, { seconds }) : m.waitingRoom.retrying}
      </Text>
      <Text className="waiting-room__text">{m.waitingRoom.saved}</Text>
      <Text className="waiting-room__text">{m.waitingRoom.stay}</Text>
    </View>
  );
}
