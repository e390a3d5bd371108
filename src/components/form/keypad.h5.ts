import type { Keypad, KeypadProps } from './keypad-kinds';

// Taro's H5 Input writes its `type` straight onto <input>: "idcard" is no HTML type (a full
// keyboard) and "number" brings spinners, drops leading zeros and changes on a scroll. The real
// input's own attributes (nativeProps) choose the keypad instead: digits for ID numbers (the X of
// a resident ID comes from the X key beside the field), the phone pad for phones.
const NATIVE: Record<Keypad, Record<string, string>> = {
  text: {},
  'id-number': {
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'off',
    autoCapitalize: 'characters',
  },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  integer: { type: 'text', inputMode: 'numeric', pattern: '[0-9]*' },
  decimal: { type: 'text', inputMode: 'decimal' },
};

const TARO_TYPE: Record<Keypad, KeypadProps['type']> = {
  text: 'text',
  'id-number': 'idcard',
  phone: 'number',
  integer: 'number',
  decimal: 'digit',
};

/** The Input props that bring up the right keypad on H5. */
export function keypadProps(keypad: Keypad): KeypadProps {
  return { type: TARO_TYPE[keypad], native: NATIVE[keypad] };
}

/** The numeric keypad of a browser has no X: resident ID fields get an X key of their own. */
export const NEEDS_X_KEY = true;
