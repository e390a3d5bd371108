import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './success-state.css';

export interface SuccessStateProps {
  id: string;
  title: string;
  /** What the parent does next; a success without a next step leaves them guessing. */
  next: string;
  /** The heading's level in the page's outline (the page title is level 1). */
  level?: 2 | 3;
}

/**
 * A success the parent cannot miss: a tick, a heading in green, and the next step, in the same
 * shape after submit, after booking an appointment and after sending a correction. It is a
 * status region so screen readers announce it as it appears.
 */
export function SuccessState({
  id,
  title,
  next,
  level = 2,
  children,
}: PropsWithChildren<SuccessStateProps>) {
  return (
    <View className="success" id={id} role="status">
      <View className="success__mark" aria-hidden />
      <View role="heading" aria-level={level} className="success__title" id={`${id}-title`}>
        <Text>{title}</Text>
      </View>
      {children}
      <Text className="success__next" id={`${id}-next`}>
        {next}
      </Text>
    </View>
  );
}
