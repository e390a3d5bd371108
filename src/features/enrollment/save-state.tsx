import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import { useDrafts } from '@/stores/draft-store';

const pad = (value: number) => String(value).padStart(2, '0');

/** "Saved at hh:mm" on every form screen, or why it could not be saved (FAQ 7). */
export function SaveState() {
  const m = useMessages();
  const { savedAt, saveFailure } = useDrafts();
  if (saveFailure) {
    return (
      <View className="notice" id="save-state" role="alert">
        <Text>{m.form.saveFailed}</Text>
      </View>
    );
  }
  if (savedAt === null) return null;
  const time = new Date(savedAt);
  return (
    <Text className="hint" id="save-state">
      {fill(m.form.savedAt, { time: `${pad(time.getHours())}:${pad(time.getMinutes())}` })}
    </Text>
  );
}
