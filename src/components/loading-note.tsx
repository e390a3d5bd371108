import { Text, View } from '@tarojs/components';

/** A quiet, announced loading line (screen readers hear it once). */
export function LoadingNote({ text }: { text: string }) {
  return (
    <View className="loading-note" aria-live="polite" role="status">
      <Text>{text}</Text>
    </View>
  );
}
