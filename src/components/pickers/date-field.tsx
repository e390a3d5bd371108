import { Picker, Text, View } from '@tarojs/components';
import { FieldFrame, fieldDescription } from '@/components/form/field-frame';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import './pickers.css';
import '@/messages/words/pickers';

export interface DateFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** YYYY-MM-DD, or empty while not chosen. */
  value: string;
  error?: string | null;
  /** Where the picker opens when nothing is chosen yet, and its bounds (YYYY-MM-DD). */
  opensAt: string;
  start: string;
  end: string;
  readOnly?: boolean;
  onChange(value: string): void;
}

/** A date chosen with the platform's date picker (Taro Picker mode="date"), never typed. */
export function DateField(props: DateFieldProps) {
  const { id, label, hint, value, error, opensAt, start, end, readOnly, onChange } = props;
  const m = useMessages();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <Picker
        mode="date"
        value={value || opensAt}
        start={start}
        end={end}
        disabled={readOnly}
        onChange={(event) => onChange(String(event.detail.value))}
      >
        <View
          className="field__input date-field__button"
          id={`${id}-open`}
          role="button"
          aria-labelledby={`${id}-label ${id}-open`}
          aria-describedby={fieldDescription(id, hint, error)}
          aria-invalid={error ? 'true' : undefined}
        >
          <Text>{value ? fill(m.pickers.dateChosen, { date: value }) : m.pickers.chooseDate}</Text>
        </View>
      </Picker>
    </FieldFrame>
  );
}
