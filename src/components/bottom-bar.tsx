import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './frame.css';

/**
 * The primary action, kept at the bottom of the screen while the page scrolls (issue 14). It is
 * sticky, not fixed: it keeps its place at the end of the content, so nothing hides behind it, and
 * it clears the phone's home indicator (safe area).
 */
export function BottomBar({ children }: PropsWithChildren) {
  return <View className="bottom-bar">{children}</View>;
}
