import { createElement, forwardRef } from 'react';
import { htmlProps } from './html-element.js';

/** Taro's View as the block element it stands for on a web page. */
export const View = /*#__PURE__*/ forwardRef(function View(props, ref) {
  return createElement('div', { ...htmlProps(props), ref });
});
