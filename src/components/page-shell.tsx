import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { fill } from '@/messages/fill';
import { openPage } from '@/platform/navigation';
import { useSeason } from '@/stores/season-store';
import { useMessages } from './use-messages';

/** The frame of every page: its heading, the content, and the way to notices, FAQ and help. */
export function PageShell({ title, children }: PropsWithChildren<{ title: string }>) {
  const m = useMessages();
  const helpLine = useSeason((state) => state.config?.helpLine);
  return (
    <View className="page">
      <View role="heading" aria-level={1} className="page__title">
        <Text>{title}</Text>
      </View>
      <View className="page__body">{children}</View>
      <View className="page__footer" role="navigation">
        <Text className="link" id="footer-home" onClick={() => openPage('home')}>
          {m.common.home}
        </Text>
        <Text className="link" id="footer-notices" onClick={() => openPage('notices')}>
          {m.common.notices}
        </Text>
        <Text className="link" id="footer-faq" onClick={() => openPage('faq')}>
          {m.common.faq}
        </Text>
        {helpLine ? (
          <Text className="page__help">{fill(m.common.helpLine, { phone: helpLine })}</Text>
        ) : null}
      </View>
    </View>
  );
}
