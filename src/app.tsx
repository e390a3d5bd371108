import type { PropsWithChildren } from 'react';
import { holdBootFrame } from '@/platform/boot-frame';
import { usePreferences } from '@/stores/preferences-store';
import { appReady } from './app-start';
import './app.css';

void appReady();

// The first page shows in the parent's saved language, not in Chinese and then reflowed.
holdBootFrame(usePreferences.getState().languageArriving);
usePreferences.subscribe((state) => holdBootFrame(state.languageArriving));

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
