import { Button, Text, View } from '@tarojs/components';
import { useMessages } from './use-messages';
import './problem-panel.css';

export interface ProblemPanelProps {
  title: string;
  action: string;
  onRetry?: () => void;
  /** Extra help under the action, e.g. where to reset a password. */
  help?: string;
}

/** A clear screen for something that went wrong: what happened, what to do, and a retry. */
export function ProblemPanel({ title, action, onRetry, help }: ProblemPanelProps) {
  const m = useMessages();
  return (
    <View className="problem-panel" role="alert" id="problem-panel">
      <Text className="problem-panel__title">{title}</Text>
      <Text className="problem-panel__action">{action}</Text>
      {help ? <Text className="problem-panel__help">{help}</Text> : null}
      {onRetry ? (
        <Button className="button button--primary" id="problem-retry" onClick={onRetry}>
          {m.common.retry}
        </Button>
      ) : null}
    </View>
  );
}
