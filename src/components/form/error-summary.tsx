import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { focusById } from '@/platform/focus';
import { useMessages } from '../use-messages';
import './form.css';
import '@/messages/words/form';

export interface SummaryError {
  /** The id of the field's element, to move there. */
  fieldId: string;
  message: string;
}

/**
 * "There is a problem" (GOV.UK): every error of the screen at the top, each a link to its field.
 * Focus moves to it when it appears, so a screen reader reads it first.
 */
export function ErrorSummary({ errors }: { errors: SummaryError[] }) {
  const m = useMessages();
  const shown = errors.map((error) => error.fieldId).join(' ');
  useEffect(() => {
    if (shown) focusById('error-summary');
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <View className="error-summary" id="error-summary" role="alert">
      <View role="heading" aria-level={2} className="error-summary__title">
        <Text>{m.form.errorSummaryTitle}</Text>
      </View>
      {errors.map((error) => (
        <View
          key={error.fieldId}
          role="link"
          className="error-summary__link link"
          onClick={() => focusById(error.fieldId, { field: true })}
        >
          <Text>{error.message}</Text>
        </View>
      ))}
    </View>
  );
}
