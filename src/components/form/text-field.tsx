import { Input, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './form.css';

export interface TextFieldProps {
  /** Also the DOM id the error summary links to. */
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | null;
  onChange(value: string): void;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxLength?: number;
  /** Read-only with a reason shown beside it (e.g. an automatic backfill mark). */
  readOnly?: boolean;
  addon?: ReactNode;
}

/** One text question: label, hint, the parent's words kept exactly, and its error in place. */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, value, error, onChange, type = 'text', maxLength, readOnly } = props;
  return (
    <View className={`field${error ? ' field--error' : ''}`} id={id}>
      <Text className="field__label" id={`${id}-label`}>
        {label}
      </Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {error ? (
        <View className="field__error" id={`${id}-error`} role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
      <Input
        className="field__input"
        value={value}
        type={type}
        maxlength={maxLength ?? 140}
        disabled={readOnly}
        aria-labelledby={`${id}-label`}
        aria-invalid={error ? 'true' : 'false'}
        onInput={(event) => onChange(event.detail.value)}
      />
      {props.addon}
    </View>
  );
}
