import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { backTarget, DRAWS_TITLE_BAR, goBack } from '@/platform/page-frame';
import { useMessages } from './use-messages';
import './frame.css';

/**
 * The title bar of the official frame (issue 14): back, the page's name as its one level-1
 * heading, and the bureau under it, at the height of the boot frame index.html draws first. On
 * the mini-program the host's navigation bar does this, and only the heading is drawn.
 */
export function TitleBar({ title, headingId }: { title: string; headingId: string }) {
  const m = useMessages();
  const [back] = useState(backTarget);
  const heading = (
    <View role="heading" aria-level={1} id={headingId} className="title-bar__title">
      <Text>{title}</Text>
    </View>
  );
  if (!DRAWS_TITLE_BAR) return heading;
  return (
    <View className="title-bar" role="banner">
      {back ? (
        <Button
          className="title-bar__back"
          id="title-bar-back"
          aria-label={m.frame.backLabel}
          onClick={() => goBack(back)}
        >
          <Text>{m.frame.back}</Text>
        </Button>
      ) : (
        <View className="title-bar__side" />
      )}
      <View className="title-bar__middle">
        {heading}
        <Text className="title-bar__bureau">{m.frame.bureau}</Text>
      </View>
      <View className="title-bar__side" />
    </View>
  );
}
