import { createElement, forwardRef } from 'react';
import { htmlProps } from './html-element.js';

/** Taro's Text as an inline element; any text on a web page can be selected and copied. */
export const Text = /*#__PURE__*/ forwardRef(function Text(props, ref) {
  return createElement('span', { ...htmlProps(props), ref });
});
