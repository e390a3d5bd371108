import { Button, Text, View } from '@tarojs/components';
import { fetchDevParents } from '@/api/dev-host-api';
import { useSession } from '@/stores/session-store';
import { describeFailure } from './failure-message';
import { LoadingNote } from './loading-note';
import { ProblemPanel } from './problem-panel';
import { useMessages } from './use-messages';
import { useRemote } from './use-remote';

/** The development host's sign-on: pick one of the mock gateway's seeded parents. */
export function DevParentPicker() {
  const m = useMessages();
  const parents = useRemote(fetchDevParents);
  const chooseDevParent = useSession((state) => state.chooseDevParent);
  if (parents.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (parents.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, parents.code)} onRetry={parents.retry} />;
  }
  return (
    <View className="dev-picker" id="dev-parent-picker">
      <Text className="heading">{m.signOn.devPickerTitle}</Text>
      <Text className="hint">{m.signOn.devPickerHint}</Text>
      {parents.data.map((parent) => (
        <Button
          key={parent.parentId}
          id={`dev-parent-${parent.parentId}`}
          className="button"
          onClick={() => void chooseDevParent(parent.parentId)}
        >
          {parent.label}
        </Button>
      ))}
    </View>
  );
}
