import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useEffect, useState } from 'react';
import { fill } from '@/messages/fill';
import { goToPage } from '@/platform/navigation';
import {
  focusPageHeading,
  isShown,
  refocusPageHeading,
  showPageTitle,
} from '@/platform/page-frame';
import { usePageShow } from '@/platform/page-events';
import { showPageLanguage } from '@/platform/page-language';
import { elderModeOn, usePreferences } from '@/stores/preferences-store';
import { useSession } from '@/stores/session-store';
import { DocumentTitleContext } from './document-title';
import { HelpLine } from './help-line';
import { PreferencesBar } from './preferences-bar';
import { TextLink } from './text-link';
import { TitleBar } from './title-bar';
import { useMessages } from './use-messages';
import { WaitingRoom } from './waiting-room';
import './elder-mode.css';
import './frame.css';

function FooterLink(props: { id: string; label: string; onOpen(): void }) {
  return <TextLink {...props} className="page__link" />;
}

// Taro H5 keeps the pages below the current one in the document: each heading needs its own id.
let pagesDrawn = 0;

interface PageShellProps {
  title: string;
  /**
   * The window title when the page's name alone does not say where the parent is (a form's step:
   * "第 2 步，共 4 步：监护人信息 - 小学入学信息登记"); by default "{title} - {service}".
   */
  documentTitle?: string;
}

/**
 * The frame of every page (issue 14): the title bar with back and the page's heading, the display
 * settings, the content, and the way to home, notices, FAQ and the help line, with the bureau's
 * name. Elder-friendly mode is a class on this root (elder-mode.css). The window title follows
 * the page and its language, and focus starts on the heading when the page shows (issue 18).
 */
export function PageShell({ title, documentTitle, children }: PropsWithChildren<PageShellProps>) {
  const m = useMessages();
  const language = usePreferences((state) => state.language);
  const elder = usePreferences(elderModeOn);
  const parentId = useSession((state) => state.profile?.parentId ?? null);
  const [headingId] = useState(() => {
    pagesDrawn += 1;
    return `page-heading-${pagesDrawn}`;
  });
  const [stepTitle, setStepTitle] = useState<string | null>(null);
  const windowTitle =
    stepTitle ??
    documentTitle ??
    fill(m.frame.documentTitle, { page: title, service: m.common.appTitle });
  // Each parent's own settings follow them on a shared phone.
  useEffect(() => usePreferences.getState().switchParent(parentId), [parentId]);
  useEffect(() => showPageLanguage(language), [language]);
  useEffect(() => {
    if (isShown(headingId)) showPageTitle(windowTitle);
  }, [headingId, windowTitle]);
  useEffect(() => {
    // A page drawn again while on screen must not leave focus on the document (issue 18).
    const timer = setTimeout(() => refocusPageHeading(headingId), 0);
    return () => clearTimeout(timer);
  }, [headingId]);
  usePageShow(() => {
    showPageTitle(windowTitle);
    // After Taro has made the page visible.
    setTimeout(() => focusPageHeading(headingId), 0);
  });
  return (
    // `lang` is spread: Taro's View does not declare it, but H5 renders it as the attribute.
    <View className={elder ? 'page page--elder' : 'page'} {...{ lang: language }}>
      <TitleBar title={title} headingId={headingId} />
      <PreferencesBar />
      <WaitingRoom />
      <View className="page__main" role="main">
        <View className="page__body">
          <DocumentTitleContext.Provider value={setStepTitle}>
            {children}
          </DocumentTitleContext.Provider>
        </View>
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
        <HelpLine id="footer-help-line" className="page__link" />
        <View className="page__bureau">{m.frame.footerBureau}</View>
      </View>
    </View>
  );
}
