import { Text, View } from '@tarojs/components';
import { fill } from '@/messages/fill';
import { TextLink } from '../text-link';
import { useMessages } from '../use-messages';
import './form.css';

export interface SummaryRow {
  key: string;
  label: string;
  value: string;
  onChange?: () => void;
}

/** Check-your-answers rows: question, the answer as given, and a Change link back. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const m = useMessages();
  return (
    <View className="summary-list">
      {rows.map((row) => (
        <View key={row.key} className="summary-row" id={`summary-${row.key.replace(/\W+/g, '-')}`}>
          <Text className="summary-row__label">{row.label}</Text>
          <Text className="summary-row__value">{row.value}</Text>
          {row.onChange ? (
            <TextLink
              className="summary-row__change"
              label={m.form.change}
              ariaLabel={fill(m.form.changeWhat, { label: row.label })}
              onOpen={row.onChange}
            />
          ) : null}
        </View>
      ))}
    </View>
  );
}
