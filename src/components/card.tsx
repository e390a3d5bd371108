import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './frame.css';

interface CardProps {
  id?: string;
  /** The card's heading (level 2); absent for a card that continues the one above. */
  title?: string;
  /** Beside the heading, e.g. one 修改 for the whole card. */
  action?: ReactNode;
  className?: string;
}

/** Content in cards, as the provincial service apps show it (issue 14), each with a real heading. */
export function Card({ id, title, action, className, children }: PropsWithChildren<CardProps>) {
  return (
    <View id={id} className={className ? `card ${className}` : 'card'}>
      {title ? (
        <View className="card__head">
          <View role="heading" aria-level={2} className="heading card__title">
            <Text>{title}</Text>
          </View>
          {action}
        </View>
      ) : null}
      {children}
    </View>
  );
}
