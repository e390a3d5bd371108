import { Input } from '@tarojs/components';
import type { ReactNode } from 'react';
import { FieldFrame } from './field-frame';

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
    <FieldFrame id={id} label={label} hint={hint} error={error} addon={props.addon}>
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
    </FieldFrame>
  );
}
