import { Button, Input } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useMessages } from '../use-messages';
import { FieldFrame, fieldDescription } from './field-frame';
import { keypadProps, NEEDS_X_KEY } from './keypad';
import type { Keypad } from './keypad-kinds';
import '@/messages/words/form';

export interface TextFieldProps {
  /** Also the DOM id the error summary links to. */
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | null;
  onChange(value: string): void;
  keypad?: Keypad;
  /** A resident ID number: its 18th character may be X, which a numeric keypad lacks. */
  allowsX?: boolean;
  maxLength?: number;
  readOnly?: boolean;
  addon?: ReactNode;
}

const RESIDENT_ID_BODY = 17;

/** One text question: label, hint, the parent's words kept exactly, and its error in place. */
export function TextField(props: TextFieldProps) {
  const { id, label, hint, value, error, onChange, keypad = 'text', maxLength, readOnly } = props;
  const m = useMessages();
  const { type, native } = keypadProps(keypad);
  const describedBy = fieldDescription(id, hint, error);
  const offerX =
    NEEDS_X_KEY && props.allowsX && !readOnly && value.trim().length === RESIDENT_ID_BODY;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} addon={props.addon}>
      <Input
        className="field__input"
        value={value}
        type={type}
        maxlength={maxLength ?? 140}
        disabled={readOnly}
        aria-labelledby={`${id}-label`}
        // On the real <input>: the wrapper's attributes would be copied once but never removed.
        nativeProps={{
          ...native,
          'aria-labelledby': `${id}-label`,
          // The same name again, for engines that do not resolve the label's id inside Taro's
          // custom elements (axe reported "only title used" for the numeric input).
          'aria-label': label,
          'aria-describedby': describedBy ?? '',
          'aria-invalid': error ? 'true' : 'false',
        }}
        onInput={(event) => onChange(event.detail.value)}
      />
      {offerX ? (
        <Button
          className="button button--small field__key"
          id={`${id}-x`}
          aria-label={m.form.typeXLabel}
          onClick={() => onChange(`${value.trim()}X`)}
        >
          {m.form.typeX}
        </Button>
      ) : null}
    </FieldFrame>
  );
}
