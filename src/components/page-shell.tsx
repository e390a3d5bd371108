import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useEffect } from 'react';
import { fill } from '@/messages/fill';
import { dialPhone } from '@/platform/dial-phone';
import { goToPage } from '@/platform/navigation';
import { showPageLanguage } from '@/platform/page-language';
import { elderModeOn, usePreferences } from '@/stores/preferences-store';
import { useSeason } from '@/stores/season-store';
import { useSession } from '@/stores/session-store';
import { PreferencesBar } from './preferences-bar';
import { TextLink } from './text-link';
import { useMessages } from './use-messages';
import { WaitingRoom } from './waiting-room';
import './elder-mode.css';

function FooterLink(props: { id: string; label: string; onOpen(): void }) {
  return <TextLink {...props} className="page__link" />;
}

/**
 * The frame of every page: the display settings, its heading, the content, and the way to
 * notices, FAQ and help. Elder-friendly mode is a class on this root (elder-mode.css).
 */
export function PageShell({ title, children }: PropsWithChildren<{ title: string }>) {
  const m = useMessages();
  const helpLine = useSeason((state) => state.config?.helpLine);
  const language = usePreferences((state) => state.language);
  const elder = usePreferences(elderModeOn);
  const parentId = useSession((state) => state.profile?.parentId ?? null);
  // Each parent's own settings follow them on a shared phone.
  useEffect(() => usePreferences.getState().switchParent(parentId), [parentId]);
  useEffect(() => showPageLanguage(language), [language]);
  return (
    // `lang` is spread: Taro's View does not declare it, but H5 renders it as the attribute.
    <View className={elder ? 'page page--elder' : 'page'} {...{ lang: language }}>
      <PreferencesBar />
      <WaitingRoom />
      <View className="page__main" role="main">
        <View role="heading" aria-level={1} className="page__title">
          <Text>{title}</Text>
        </View>
        <View className="page__body">{children}</View>
      </View>
      <View className="page__footer" role="navigation">
        {/* Each link goes back to its page when it is already open: taps never pile pages up. */}
        <FooterLink id="footer-home" label={m.common.home} onOpen={() => goToPage('home')} />
        <FooterLink
          id="footer-notices"
          label={m.common.notices}
          onOpen={() => goToPage('notices')}
        />
        <FooterLink id="footer-faq" label={m.common.faq} onOpen={() => goToPage('faq')} />
        {helpLine ? (
          <FooterLink
            id="footer-help-line"
            label={fill(m.common.helpLine, { phone: helpLine })}
            onOpen={() => dialPhone(helpLine)}
          />
        ) : null}
      </View>
    </View>
  );
}
