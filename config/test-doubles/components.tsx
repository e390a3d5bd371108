/**
 * Stand-ins for `@tarojs/components` in jsdom tests: plain DOM elements with the same props, and
 * `onInput` handed `{ detail: { value } }` like Taro does.
 */
import { createElement, type PropsWithChildren } from 'react';

type Props = PropsWithChildren<Record<string, unknown>>;

function passThrough(tag: string) {
  return function Component({ children, className, ...rest }: Props) {
    return createElement(tag, { ...rest, className }, children as never);
  };
}

export const View = passThrough('div');
export const Text = passThrough('span');
export const Label = passThrough('label');
export const Image = passThrough('img');

export function Button({ children, onClick, disabled, ...rest }: Props) {
  return createElement('button', { ...rest, type: 'button', disabled, onClick }, children as never);
}

// Taro's H5 Input puts `nativeProps` on its real <input>, after its own attributes.
export function Input({ onInput, value, nativeProps, ...rest }: Props) {
  return createElement('input', {
    ...rest,
    ...(nativeProps as Record<string, unknown> | undefined),
    value: value ?? '',
    onChange: (event: { target: { value: string } }) =>
      (onInput as ((e: unknown) => void) | undefined)?.({ detail: { value: event.target.value } }),
  });
}
