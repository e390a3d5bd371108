import { Button, Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { useMessages } from '../use-messages';
import './form.css';

export interface BackfillMarkProps {
  fieldId: string;
  /** The department's name, in the parent's language. */
  source: string;
  recordDate: string | null;
  onDispute(): void;
}

/**
 * The "自动回填" mark of a value filled from verified government data (FAQ 5), with its source
 * and date, and the one way to change it: "this is wrong" (it then needs a supporting photo).
 */
export function BackfillMark({ fieldId, source, recordDate, onDispute }: BackfillMarkProps) {
  const m = useMessages();
  return (
    <View className="backfill" id={`${fieldId}-backfill`}>
      <Text className="backfill__tag">{m.form.autoBackfill}</Text>
      <Text>
        {recordDate
          ? fill(m.form.backfillSource, { source, date: recordDate })
          : fill(m.form.backfillSourceNoDate, { source })}
      </Text>
      <Button className="button button--small" id={`${fieldId}-dispute`} onClick={onDispute}>
        {m.form.disputeBackfill}
      </Button>
    </View>
  );
}
