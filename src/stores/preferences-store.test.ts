import { resetTaroDouble } from '../../config/test-doubles/taro';
import { currentLocale } from '@/messages/catalog';
import { formatDateTime } from '@/messages/format-date';
import { deviceStorage } from '@/platform/storage';
import { elderModeOn, usePreferences } from './preferences-store';

// A fresh phone, or the app started again on the same phone (`restore`, as at app start).
function loadStore() {
  usePreferences.setState({ hostElderMode: null });
  usePreferences.getState().restore();
  return { usePreferences, elderModeOn };
}

beforeEach(() => resetTaroDouble());

describe('display preferences', () => {
  it('starts in Chinese with elder mode off on a new phone', () => {
    const { usePreferences, elderModeOn } = loadStore();
    expect(usePreferences.getState().language).toBe('zh-CN');
    expect(elderModeOn(usePreferences.getState())).toBe(false);
  });

  it('switches the language of messages and dates at once', () => {
    const { usePreferences } = loadStore();
    usePreferences.getState().setLanguage('en-US');
    expect(formatDateTime('2022-07-10T18:00:00+08:00')).toBe('10 July 2022, 18:00');
    usePreferences.getState().setLanguage('zh-CN');
    expect(currentLocale()).toBe('zh-CN');
  });

  it('remembers each parent’s own choice on a shared phone', () => {
    const first = loadStore().usePreferences;
    first.getState().switchParent('p-grandma');
    first.getState().setLanguage('en-US');
    first.getState().setElderMode(true);
    first.getState().switchParent('p-dad');
    first.getState().setLanguage('zh-CN');
    first.getState().setElderMode(false);

    const later = loadStore();
    later.usePreferences.getState().switchParent('p-grandma');
    expect(later.usePreferences.getState().language).toBe('en-US');
    expect(later.elderModeOn(later.usePreferences.getState())).toBe(true);
    later.usePreferences.getState().switchParent('p-dad');
    expect(later.usePreferences.getState().language).toBe('zh-CN');
    expect(later.elderModeOn(later.usePreferences.getState())).toBe(false);
  });

  it('follows the host app’s elder setting until the parent chooses here', () => {
    const { usePreferences, elderModeOn } = loadStore();
    usePreferences.getState().noteHostElderMode(true);
    expect(elderModeOn(usePreferences.getState())).toBe(true);
    usePreferences.getState().setElderMode(false);
    expect(elderModeOn(usePreferences.getState())).toBe(false);
  });

  it('ignores a damaged or foreign saved value', () => {
    deviceStorage.write('preferences.v1', '{"version":1,"language":"fr-FR","elderMode":true}');
    expect(loadStore().usePreferences.getState().language).toBe('zh-CN');
    deviceStorage.write('preferences.v1', 'not json');
    expect(loadStore().usePreferences.getState().elderChoice).toBeNull();
  });
});
