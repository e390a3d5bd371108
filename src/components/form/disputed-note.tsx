import { Button, Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { useMessages } from '../use-messages';
import './form.css';
import '@/messages/words/form';

export interface DisputedNoteProps {
  fieldId: string;
  label: string;
  /** The named document the parent will photograph. */
  document: string;
  onRestore?: () => void;
}

/**
 * What 信息有误 set in motion, said where it happened: the answer is now the parent's own, it
 * will be checked by hand, which document to photograph, and the way back (恢复自动回填).
 */
export function DisputedNote({ fieldId, label, document, onRestore }: DisputedNoteProps) {
  const m = useMessages();
  return (
    <View className="disputed-note" id={`${fieldId}-disputed`} role="status">
      <Text className="disputed-note__title">{fill(m.form.disputedTitle, { label })}</Text>
      <Text className="disputed-note__next">{fill(m.form.disputedNext, { document })}</Text>
      {onRestore ? (
        <Button className="button button--small" id={`${fieldId}-restore`} onClick={onRestore}>
          {m.form.restoreBackfill}
        </Button>
      ) : null}
    </View>
  );
}
