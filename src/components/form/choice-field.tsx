import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { FieldFrame } from './field-frame';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceFieldProps<T extends string> {
  id: string;
  label: string;
  hint?: string;
  choices: readonly Choice<T>[];
  value: T | undefined;
  error?: string | null;
  onChange(value: T): void;
  readOnly?: boolean;
  /** Many short options (e.g. the 56 ethnic groups) laid out as a grid of chips. */
  compact?: boolean;
  addon?: ReactNode;
}

/** One single-choice question as large tappable options; the chosen one is marked by text too. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { id, label, hint, choices, value, error, onChange, readOnly, compact } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} addon={props.addon}>
      <View
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className={compact ? 'choices choices--compact' : 'choices'}
      >
        {choices.map((choice) => {
          const selected = choice.value === value;
          return (
            <View
              key={choice.value}
              id={`${id}-${choice.value}`}
              role="radio"
              aria-checked={selected ? 'true' : 'false'}
              aria-disabled={readOnly ? 'true' : 'false'}
              className={`choice${selected ? ' choice--selected' : ''}`}
              onClick={() => (readOnly ? undefined : onChange(choice.value))}
            >
              <Text className="choice__mark">{selected ? '◉' : '○'}</Text>
              <Text>{choice.label}</Text>
            </View>
          );
        })}
      </View>
    </FieldFrame>
  );
}
