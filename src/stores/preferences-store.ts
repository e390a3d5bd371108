import { create } from 'zustand';
import { hasCatalogue, isLocale, setCurrentLocale, type Locale } from '@/messages/catalog';
import { loadCatalogue } from '@/messages/catalogue-loader';
import { deviceStorage } from '@/platform/storage';

/** What is remembered on the device, for one parent and as the device's last choice. */
interface SavedPreferences {
  version: 1;
  language: Locale;
  /** The parent's own elder-mode choice; null follows the host app's setting. */
  elderMode: boolean | null;
}

export interface PreferencesState {
  /** The language on screen: one whose words have arrived (a chosen one may still be loading). */
  language: Locale;
  /** True while the language saved on this phone is fetched at start, before the first page. */
  languageArriving: boolean;
  elderChoice: boolean | null;
  /** The host app's elder-mode setting where its bridge reports one (null: not reported). */
  hostElderMode: boolean | null;
  parentId: string | null;
  /** Shows `language` at once if its words are here, else once they arrive (the latest choice wins). */
  setLanguage(language: Locale): void;
  setElderMode(on: boolean): void;
  noteHostElderMode(on: boolean | null): void;
  /** Switches to a signed-in parent's remembered settings (null: signed out). */
  switchParent(parentId: string | null): void;
  /** Takes the device's last choice (app start: before anyone has signed in). */
  restore(): void;
}

const DEVICE_KEY = 'preferences.v1';
const parentKey = (parentId: string) => `${DEVICE_KEY}.${parentId}`;

function read(key: string): SavedPreferences | null {
  try {
    const value = JSON.parse(deviceStorage.read(key) ?? 'null') as Partial<SavedPreferences> | null;
    if (value?.version !== 1 || !isLocale(value.language)) return null;
    const elderMode = typeof value.elderMode === 'boolean' ? value.elderMode : null;
    return { version: 1, language: value.language, elderMode };
  } catch {
    return null;
  }
}

function save(state: Pick<PreferencesState, 'language' | 'elderChoice' | 'parentId'>): void {
  const saved: SavedPreferences = {
    version: 1,
    language: state.language,
    elderMode: state.elderChoice,
  };
  const text = JSON.stringify(saved);
  try {
    deviceStorage.write(DEVICE_KEY, text);
    if (state.parentId) deviceStorage.write(parentKey(state.parentId), text);
  } catch {
    // A full device only forgets the choice; the page still switches.
  }
}

// The language last asked for: a slower fetch of English must not undo a later choice.
let wanted: Locale = 'zh-CN';

/** Shows `language` now when its words are here; else keeps what is on screen until they arrive. */
function showLanguage(
  language: Locale,
  show: (language: Locale) => void,
  settled: () => void = () => undefined,
): void {
  wanted = language;
  if (hasCatalogue(language)) {
    show(language);
    return settled();
  }
  loadCatalogue(language).then(
    () => {
      if (wanted === language) show(language);
      settled();
    },
    // Offline: the page stays in the language it shows, and the switch can be tapped again.
    settled,
  );
}

/** The parent's display settings: language and elder-friendly mode (issue 9), remembered per parent. */
export const usePreferences = create<PreferencesState>()((set, get) => {
  // Remembered whenever it changes, also when English arrives late: whoever is signed in by then
  // keeps what they see.
  const show = (language: Locale) => {
    const changed = language !== get().language;
    setCurrentLocale(language);
    set({ language });
    if (changed) save(get());
  };
  return {
    language: 'zh-CN',
    languageArriving: false,
    elderChoice: null,
    hostElderMode: null,
    parentId: null,
    setLanguage(language) {
      showLanguage(language, show);
    },
    setElderMode(on) {
      set({ elderChoice: on });
      save(get());
    },
    noteHostElderMode(on) {
      set({ hostElderMode: on });
    },
    switchParent(parentId) {
      if (parentId === get().parentId) return;
      const saved = parentId ? read(parentKey(parentId)) : null;
      set(saved ? { parentId, elderChoice: saved.elderMode } : { parentId });
      // A parent with nothing saved yet keeps what is on screen, remembered as theirs from now on.
      if (!saved) {
        if (parentId) save(get());
        return;
      }
      showLanguage(saved.language, show);
    },
    restore() {
      const saved = read(DEVICE_KEY);
      const language = saved?.language ?? 'zh-CN';
      // English saved on this phone: its words are fetched as the app starts, in parallel with the
      // page's code, and the first page waits for them (app.tsx holds the boot frame meanwhile).
      set({ parentId: null, elderChoice: saved?.elderMode ?? null, languageArriving: true });
      showLanguage(language, show, () => set({ languageArriving: false }));
    },
  };
});

usePreferences.getState().restore();

/** Elder mode as shown: the parent's own choice, else the host app's setting, else off. */
export function elderModeOn(
  state: Pick<PreferencesState, 'elderChoice' | 'hostElderMode'>,
): boolean {
  return state.elderChoice ?? state.hostElderMode ?? false;
}
