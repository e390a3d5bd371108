import { Button, Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { useMessages } from '../use-messages';
import './form.css';
import '@/messages/words/form';

export interface BackfillRowProps {
  id: string;
  label: string;
  /** The verified answer in words, in full. */
  value: string;
  /** The department's name, in the parent's language. */
  source: string;
  recordDate: string | null;
  /** The gateway's reason about this answer, if a submit was refused for it. */
  error?: string | null;
  /** Absent when the form can no longer change (window closed). */
  onDispute?: () => void;
}

/**
 * A value filled from verified government data (FAQ 5), shown as a fact rather than a locked
 * input: the answer in full with the 自动回填 mark beside it, its source and date, and the one
 * way to change it, 信息有误.
 */
export function BackfillRow(props: BackfillRowProps) {
  const { id, label, value, source, recordDate, error, onDispute } = props;
  const m = useMessages();
  return (
    <View
      className={`field backfill-row${error ? ' field--error' : ''}`}
      id={id}
      role="group"
      aria-labelledby={`${id}-label`}
    >
      <Text className="field__label" id={`${id}-label`}>
        {label}
      </Text>
      {error ? (
        <View className="field__error" id={`${id}-error`} role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
      <View className="backfill-row__facts" id={`${id}-backfill`}>
        <View className="backfill-row__answer">
          <Text className="backfill-row__value" id={`${id}-value`}>
            {value}
          </Text>
          <Text className="backfill__tag">{m.form.autoBackfill}</Text>
        </View>
        <Text className="backfill backfill__source">
          {recordDate
            ? fill(m.form.backfillSource, { source, date: recordDate })
            : fill(m.form.backfillSourceNoDate, { source })}
        </Text>
      </View>
      {onDispute ? (
        <Button
          className="button button--small backfill-row__dispute"
          id={`${id}-dispute`}
          aria-describedby={`${error ? `${id}-error ` : ''}${id}-label ${id}-value`}
          onClick={onDispute}
        >
          {m.form.disputeBackfill}
        </Button>
      ) : null}
    </View>
  );
}
