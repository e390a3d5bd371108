import { createElement, forwardRef, useLayoutEffect, useRef } from 'react';

// Taro's input types that are no HTML type (Taro's own H5 Input maps them the same way).
function htmlType(type, confirmType, password) {
  if (password) return 'password';
  if (confirmType === 'search') return 'search';
  if (!type || type === 'idcard') return 'text';
  return type === 'digit' ? 'number' : type;
}

function detailOf(element) {
  return { value: element.value, cursor: element.value.length };
}

/**
 * Taro's Input on a web page: a frame (id, class, style) around a real <input> that carries
 * every aria-* attribute and `nativeProps`, so a screen reader hears the field's label, hint and
 * state on the field itself. As Taro's, the value is the page's to set and `onInput` gets
 * `{ detail: { value } }`; while an input method composes (pinyin), nothing is sent until the
 * characters are chosen, and the <input> is left alone so the composition is not broken.
 */
export const Input = /*#__PURE__*/ forwardRef(function Input(props, ref) {
  const {
    id,
    className,
    style,
    value,
    type,
    password,
    confirmType,
    placeholder,
    disabled,
    maxlength = 140,
    name,
    focus,
    autoFocus,
    nativeProps,
    onInput,
    onFocus,
    onBlur,
    onConfirm,
    ...rest
  } = props;
  const field = useRef(null);
  const composing = useRef(false);
  const text = value === null || value === undefined ? '' : String(value);
  useLayoutEffect(() => {
    if (field.current && field.current.value !== text) field.current.value = text;
  }, [text]);
  const aria = {};
  for (const key of Object.keys(rest)) {
    if (key.startsWith('aria-')) aria[key] = rest[key];
  }
  const send = (handler, event) => handler && handler({ ...event, detail: detailOf(event.target) });
  const input = createElement('input', {
    ...aria,
    ref: field,
    className: 'weui-input',
    type: htmlType(type, confirmType, password),
    placeholder,
    disabled,
    maxLength: maxlength < 0 ? undefined : maxlength,
    name,
    autoFocus: Boolean(focus || autoFocus),
    defaultValue: text,
    onInput: (event) => {
      if (!composing.current) send(onInput, event);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event) => {
      composing.current = false;
      send(onInput, event);
    },
    onFocus: (event) => send(onFocus, event),
    onBlur: (event) => send(onBlur, event),
    onKeyDown: (event) => {
      if (event.key === 'Enter') send(onConfirm, event);
    },
    ...nativeProps,
  });
  return createElement('div', { id, className, style, ref }, input);
});
