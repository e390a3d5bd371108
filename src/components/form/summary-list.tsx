import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fill } from '@/messages/fill';
import { TextLink } from '../text-link';
import { useMessages } from '../use-messages';
import './form.css';
import './summary-list.css';
import '@/messages/words/check';
import '@/messages/words/form';

export interface SummaryRow {
  key: string;
  label: string;
  /** The answer as shown: masked for a personal number. */
  value: string;
  /** The unmasked answer of a personal number: a 显示 toggle lets the parent check it. */
  fullValue?: string;
  /** Where a verified value came from (自动回填 · 公安户籍). */
  source?: string;
  /** Something the parent must know about this answer (marked as wrong, a photo needed). */
  flag?: string;
  onChange?: () => void;
}

/** The id of a row, from its key (a form path such as `child.name`). */
export function summaryRowId(key: string): string {
  return `summary-${key.replace(/\W+/g, '-')}`;
}

// Names, addresses and schools as the parent or a department wrote them.
const CHINESE = /[\u3400-\u9fff]/;

function Row({ row }: { row: SummaryRow }) {
  const m = useMessages();
  const [shown, setShown] = useState(false);
  const id = summaryRowId(row.key);
  // Chinese words on an English page are read with Chinese rules (issue 18).
  const langOf = (text: string) => (CHINESE.test(text) ? { lang: 'zh-CN' } : {});
  return (
    <View className="summary-row" id={id}>
      <Text className="summary-row__label" id={`${id}-label`} {...langOf(row.label)}>
        {row.label}
      </Text>
      <View className="summary-row__answer">
        <Text className="summary-row__value" {...langOf(row.value)}>
          {shown && row.fullValue !== undefined ? row.fullValue : row.value}
        </Text>
        {row.source ? <Text className="summary-row__source">{row.source}</Text> : null}
        {row.flag ? (
          <Text className="summary-row__flag" id={`${id}-flag`}>
            {row.flag}
          </Text>
        ) : null}
        {row.fullValue !== undefined ? (
          <View
            className="link summary-row__toggle"
            id={`${id}-show`}
            role="button"
            aria-pressed={shown ? 'true' : 'false'}
            aria-label={fill(shown ? m.check.hideWhat : m.check.showWhat, { label: row.label })}
            onClick={() => setShown(!shown)}
          >
            <Text>{shown ? m.check.hide : m.check.show}</Text>
          </View>
        ) : null}
        {row.onChange ? (
          <TextLink
            id={`${id}-change`}
            className="summary-row__change"
            label={m.form.change}
            ariaLabel={fill(m.form.changeWhat, { label: row.label })}
            onOpen={row.onChange}
          />
        ) : null}
      </View>
    </View>
  );
}

/**
 * Check-your-answers rows: the question beside the answer as given (marked zh-CN where it is in
 * Chinese), masked numbers with a 显示 toggle, where a verified value came from, a flag when the parent marked it wrong, and a Change
 * link back where the row has its own.
 */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <View className="summary-list">
      {rows.map((row) => (
        <Row key={row.key} row={row} />
      ))}
    </View>
  );
}
