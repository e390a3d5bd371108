import type { Keypad, KeypadProps } from './keypad-kinds';

// The mini-program's own keypads: "idcard" is digits with X, "number" digits, "digit" decimals.
const TARO_TYPE: Record<Keypad, KeypadProps['type']> = {
  text: 'text',
  'id-number': 'idcard',
  phone: 'number',
  integer: 'number',
  decimal: 'digit',
};

/** The Input props that bring up the right keypad in the mini-program. */
export function keypadProps(keypad: Keypad): KeypadProps {
  return { type: TARO_TYPE[keypad], native: {} };
}

/** The mini-program's idcard keypad has its own X key. */
export const NEEDS_X_KEY = false;
