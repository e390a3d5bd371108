import { resetTaroDouble } from '../../config/test-doubles/taro';
import { currentLocale } from '@/messages/catalog';
import { formatDateTime } from '@/messages/format-date';
import { deviceStorage } from '@/platform/storage';
import { elderModeOn, usePreferences } from './preferences-store';

type Store = typeof import('./preferences-store');
type Catalog = typeof import('@/messages/catalog');
type Storage = typeof import('@/platform/storage');

// A fresh phone, or the app started again on the same phone (`restore`, as at app start).
function loadStore() {
  usePreferences.setState({ hostElderMode: null });
  usePreferences.getState().restore();
  return { usePreferences, elderModeOn };
}

/**
 * The app loaded anew in a page that has fetched no English words yet, with `saved` on the
 * device before it starts.
 */
function freshPage(saved?: string) {
  let page: { store: Store; catalog: Catalog } | undefined;
  jest.isolateModules(() => {
    if (saved) {
      jest
        .requireActual<Storage>('@/platform/storage')
        .deviceStorage.write('preferences.v1', saved);
    }
    page = {
      store: jest.requireActual<Store>('./preferences-store'),
      catalog: jest.requireActual<Catalog>('@/messages/catalog'),
    };
  });
  return page!;
}

// Lets a fetch of the English chunk (a resolved dynamic import in jest) finish.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => resetTaroDouble());
afterEach(() => jest.dontMock('@/messages/en-us'));

describe('display preferences', () => {
  it('starts in Chinese with elder mode off on a new phone', () => {
    const { usePreferences, elderModeOn } = loadStore();
    expect(usePreferences.getState().language).toBe('zh-CN');
    expect(elderModeOn(usePreferences.getState())).toBe(false);
    expect(usePreferences.getState().languageArriving).toBe(false);
  });

  it('keeps the Chinese words on screen until the English ones arrive, then switches words and dates together', async () => {
    const { store, catalog } = freshPage();
    store.usePreferences.getState().setLanguage('en-US');
    expect(store.usePreferences.getState().language).toBe('zh-CN');
    expect(catalog.currentMessages().common.home).toBe('首页');
    await settle();
    expect(store.usePreferences.getState().language).toBe('en-US');
    expect(catalog.currentMessages().common.home).toBe('Home');
    expect(catalog.currentLocale()).toBe('en-US');
  });

  it('switches the language of messages and dates at once once the words are here', async () => {
    const { usePreferences } = loadStore();
    usePreferences.getState().setLanguage('en-US');
    await settle();
    expect(formatDateTime('2022-07-10T18:00:00+08:00')).toBe('10 July 2022, 18:00');
    usePreferences.getState().setLanguage('zh-CN');
    expect(currentLocale()).toBe('zh-CN');
    usePreferences.getState().setLanguage('en-US');
    expect(currentLocale()).toBe('en-US');
  });

  it('opens in English when English was saved on this phone, as soon as its words arrive', async () => {
    const { store } = freshPage('{"version":1,"language":"en-US","elderMode":null}');
    expect(store.usePreferences.getState()).toMatchObject({
      language: 'zh-CN',
      languageArriving: true,
    });
    await settle();
    expect(store.usePreferences.getState()).toMatchObject({
      language: 'en-US',
      languageArriving: false,
    });
  });

  it('lets the first page show in Chinese when the saved English words cannot be fetched', async () => {
    jest.doMock('@/messages/en-us', () => {
      throw new Error('connection dropped');
    });
    const { store } = freshPage('{"version":1,"language":"en-US","elderMode":null}');
    expect(store.usePreferences.getState().languageArriving).toBe(true);
    await settle();
    expect(store.usePreferences.getState()).toMatchObject({
      language: 'zh-CN',
      languageArriving: false,
    });
  });

  it('keeps the latest choice when the parent switches back before the English words arrive', async () => {
    const { store, catalog } = freshPage();
    store.usePreferences.getState().setLanguage('en-US');
    store.usePreferences.getState().setLanguage('zh-CN');
    await settle();
    expect(store.usePreferences.getState().language).toBe('zh-CN');
    expect(catalog.currentLocale()).toBe('zh-CN');
  });

  it('stays in Chinese when the English words cannot be fetched, and tries again on the next tap', async () => {
    jest.doMock('@/messages/en-us', () => {
      throw new Error('connection dropped');
    });
    const { store } = freshPage();
    store.usePreferences.getState().setLanguage('en-US');
    await settle();
    expect(store.usePreferences.getState().language).toBe('zh-CN');
    jest.dontMock('@/messages/en-us');
    store.usePreferences.getState().setLanguage('en-US');
    await settle();
    expect(store.usePreferences.getState().language).toBe('en-US');
  });

  it('remembers each parent’s own choice on a shared phone', async () => {
    const first = loadStore().usePreferences;
    first.getState().switchParent('p-grandma');
    first.getState().setLanguage('en-US');
    await settle();
    first.getState().setElderMode(true);
    first.getState().switchParent('p-dad');
    first.getState().setLanguage('zh-CN');
    first.getState().setElderMode(false);

    const later = loadStore();
    later.usePreferences.getState().switchParent('p-grandma');
    await settle();
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
