import type { PropsWithChildren } from 'react';
import { appReady } from './app-start';
import './app.css';

void appReady();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
