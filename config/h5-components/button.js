import { createElement, forwardRef } from 'react';
import { htmlProps } from './html-element.js';

/**
 * Taro's Button as a native <button>: its role, tab stop, Enter and Space, and a disabled state
 * that takes no taps come from the browser. Never a form submit (the app has no forms to post).
 */
export const Button = /*#__PURE__*/ forwardRef(function Button(props, ref) {
  // Taro's look and form props have no HTML meaning.
  const { className, ...rest } = htmlProps(props, [
    'type',
    'size',
    'plain',
    'loading',
    'formType',
    'openType',
  ]);
  const classes = className ? `taro-button ${className}` : 'taro-button';
  return createElement('button', { ...rest, type: 'button', className: classes, ref });
});
