import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { focusById } from '@/platform/focus';
import { FieldFrame, fieldDescription } from './field-frame';
import { nextRadioIndex, tabStopIndex } from './radio-keys';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** A second line, e.g. a school's address or why it cannot be chosen. */
  detail?: string;
  /** A Chinese address under the label, marked as Chinese on the English page too. */
  place?: string;
  /** Shown but not choosable (e.g. a school with no places left); `detail` says why. */
  disabled?: boolean;
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
  /** Many short options laid out as a grid of chips. */
  compact?: boolean;
  /** A long list (e.g. the ethnic groups) in a box of its own height that scrolls. */
  scrolls?: boolean;
  /** Between the frame's hint and the options, e.g. a search box. */
  before?: ReactNode;
  addon?: ReactNode;
}

interface KeyEvent {
  key: string;
  preventDefault(): void;
}

function optionId(id: string, value: string): string {
  return `${id}-${value}`;
}

/**
 * One single-choice question as large tappable options; the chosen one is marked by text too.
 * The group is one Tab stop and the arrow keys move and choose (issue 18); the drawn mark is
 * hidden from screen readers, which say "selected" themselves.
 */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { id, label, hint, choices, value, error, onChange, readOnly, compact, scrolls } = props;
  const enabled = choices.map((choice) => !readOnly && !choice.disabled);
  const selected = choices.findIndex((choice) => choice.value === value);
  const tabStop = tabStopIndex(selected, enabled);
  const layout = ['choices', compact ? 'choices--compact' : '', scrolls ? 'choices--scroll' : ''];

  function onKeyDown(event: KeyEvent, index: number) {
    const next = nextRadioIndex(event.key, index, enabled);
    if (next === null) return;
    event.preventDefault();
    const choice = choices[next];
    if (!choice) return;
    onChange(choice.value);
    focusById(optionId(id, choice.value));
  }

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} addon={props.addon}>
      {props.before}
      <View
        role="radiogroup"
        id={`${id}-options`}
        aria-labelledby={`${id}-label`}
        aria-describedby={fieldDescription(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        className={layout.filter(Boolean).join(' ')}
      >
        {choices.map((choice, index) => {
          const chosen = index === selected;
          const choosable = enabled[index] ?? false;
          const detailId = choice.detail ? `${optionId(id, choice.value)}-detail` : undefined;
          const placeId = choice.place ? `${optionId(id, choice.value)}-place` : undefined;
          const describedBy = [placeId, detailId].filter(Boolean).join(' ') || undefined;
          return (
            <View
              key={choice.value}
              id={optionId(id, choice.value)}
              role="radio"
              // ViewProps lacks both; H5 puts them on the element, the mini-program has no keys.
              {...({
                tabIndex: index === tabStop ? 0 : -1,
                onKeyDown: (event: KeyEvent) => onKeyDown(event, index),
              } as object)}
              aria-checked={chosen ? 'true' : 'false'}
              aria-disabled={choosable ? 'false' : 'true'}
              aria-describedby={describedBy}
              className={`choice${chosen ? ' choice--selected' : ''}${
                choice.disabled ? ' choice--disabled' : ''
              }`}
              onClick={() => (choosable ? onChange(choice.value) : undefined)}
            >
              <Text className="choice__mark" aria-hidden="true">
                {chosen ? '◉' : '○'}
              </Text>
              <View className="choice__text">
                <Text className="choice__label">{choice.label}</Text>
                {choice.place ? (
                  <Text className="choice__detail" id={placeId} {...{ lang: 'zh-CN' }}>
                    {choice.place}
                  </Text>
                ) : null}
                {choice.detail ? (
                  <Text className="choice__detail" id={detailId}>
                    {choice.detail}
                  </Text>
                ) : null}
              </View>
            </View>
          );
        })}
      </View>
    </FieldFrame>
  );
}
