import { Text, View } from '@tarojs/components';
import { useMessages } from '../use-messages';
import './form.css';

export interface SummaryError {
  /** The id of the field's element, to move there. */
  fieldId: string;
  message: string;
}

function focusField(fieldId: string) {
  // H5 only: scroll the field into view; the mini-program has no DOM and ignores this.
  if (typeof document === 'undefined') return;
  const element = document.getElementById(fieldId);
  element?.scrollIntoView({ block: 'center' });
  element?.querySelector('input')?.focus();
}

/** "There is a problem": every error of the screen at the top, each a link to its field. */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const m = useMessages();
  if (errors.length === 0) return null;
  return (
    <View className="error-summary" id="error-summary" role="alert">
      <Text className="error-summary__title">{m.form.errorSummaryTitle}</Text>
      {errors.map((error) => (
        <Text
          key={error.fieldId}
          className="error-summary__link link"
          onClick={() => focusField(error.fieldId)}
        >
          {error.message}
        </Text>
      ))}
    </View>
  );
}
