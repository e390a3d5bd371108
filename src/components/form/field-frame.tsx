import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './form.css';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Shown under the control, e.g. the automatic backfill mark. */
  addon?: ReactNode;
}

/**
 * The ids a control names in `aria-describedby`: its error first (what to do now), then its hint,
 * so a screen reader reads both when the control takes focus (issue 18: errors tied to fields).
 */
export function fieldDescription(
  id: string,
  hint: string | undefined,
  error: string | null | undefined,
): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * The frame every question shares (GOV.UK): label, hint, then the error in place above the
 * control, so a screen reader reads them in that order; the control is the child.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  addon,
  children,
}: PropsWithChildren<FieldFrameProps>) {
  return (
    <View className={`field${error ? ' field--error' : ''}`} id={id}>
      <Text className="field__label" id={`${id}-label`}>
        {label}
      </Text>
      {hint ? (
        <Text className="field__hint" id={`${id}-hint`}>
          {hint}
        </Text>
      ) : null}
      {error ? (
        <View className="field__error" id={`${id}-error`} role="alert">
          <Text>{error}</Text>
        </View>
      ) : null}
      {children}
      {addon}
    </View>
  );
}
