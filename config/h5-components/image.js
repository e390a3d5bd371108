import { createElement, forwardRef } from 'react';
import { htmlProps } from './html-element.js';

/**
 * Taro's Image on a web page: a box (320 x 240 unless styled) and an <img> fitted into it as
 * `mode` says, by object-fit rather than measuring the picture.
 */
export const Image = /*#__PURE__*/ forwardRef(function Image(props, ref) {
  // Lazy loading is the mini-program's.
  const {
    src,
    alt = '',
    mode = 'scaleToFill',
    className,
    onLoad,
    onError,
    ...rest
  } = htmlProps(props, ['lazyLoad']);
  const fit = `taro-image--${String(mode).toLowerCase()}`;
  const picture = createElement('img', {
    src,
    alt,
    className: 'taro-image__img',
    onLoad: (event) =>
      onLoad &&
      onLoad({
        ...event,
        detail: { width: event.target.naturalWidth, height: event.target.naturalHeight },
      }),
    onError: (event) => onError && onError({ ...event, detail: { errMsg: 'image load failed' } }),
  });
  const classes = ['taro-image', fit, className].filter(Boolean).join(' ');
  return createElement('div', { ...rest, className: classes, ref }, picture);
});
