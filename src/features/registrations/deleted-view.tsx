import type { RegistrationDetail } from '@contract';
import { Button, Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { goToPage } from '@/platform/navigation';
import { useStartDraft } from './use-refill';
import '@/messages/words/registrations';
import '@/messages/words/submission';

/**
 * After 删除信息 (FAQ 8) the page is about the deletion only: what it means, and the ways on
 * (fill again from the deleted content, 我的登记, home). Nothing on it still reads 已提交.
 */
export function DeletedView({ registration }: { registration: RegistrationDetail }) {
  const m = useMessages();
  const r = m.registrations;
  const { refill, busy } = useStartDraft();
  return (
    <View className="card" id="deleted" role="status">
      <View role="heading" aria-level={2} className="heading">
        <Text>{r.deleted}</Text>
      </View>
      <Text className="hint" id="deleted-meaning">
        {fill(r.deletedMeaning, { reference: registration.reference })}
      </Text>
      <Text className="hint">{r.deletedNext}</Text>
      <Button
        className="button button--primary"
        id="refill"
        disabled={busy}
        onClick={() => refill(registration.submission)}
      >
        {r.refill}
      </Button>
      <Button
        className="button"
        id="deleted-registrations"
        onClick={() => goToPage('registrations')}
      >
        {m.submission.viewMine}
      </Button>
      <Button className="button" id="deleted-home" onClick={() => goToPage('home')}>
        {m.common.home}
      </Button>
    </View>
  );
}
