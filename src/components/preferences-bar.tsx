import { Button, Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { elderModeOn, usePreferences } from '@/stores/preferences-store';
import { useMessages } from './use-messages';
import './preferences-bar.css';

/**
 * The display settings at the top of every page (issue 9): the other language, named in that
 * language, and elder-friendly large text, whose state is said in words, never by colour alone.
 */
export function PreferencesBar() {
  const m = useMessages();
  const language = usePreferences((state) => state.language);
  const elder = usePreferences(elderModeOn);
  const other = language === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <View className="preferences" role="region" aria-label={m.preferences.barLabel}>
      <Button
        className="preferences__button"
        id="switch-language"
        onClick={() => usePreferences.getState().setLanguage(other)}
      >
        {/* Named in its own language, and spoken in it (Taro's Text does not declare `lang`). */}
        <Text {...{ lang: other }}>{m.preferences.otherLanguage}</Text>
      </Button>
      <Button
        className={`preferences__button${elder ? ' preferences__button--on' : ''}`}
        id="switch-elder-mode"
        aria-pressed={elder ? 'true' : 'false'}
        onClick={() => usePreferences.getState().setElderMode(!elder)}
      >
        {fill(m.preferences.elderMode, {
          state: elder ? m.preferences.elderOn : m.preferences.elderOff,
        })}
      </Button>
    </View>
  );
}
