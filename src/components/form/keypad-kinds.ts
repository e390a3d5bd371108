/** Which keypad a typed answer needs (issue 14: no full keyboard for numbers). */
export type Keypad = 'text' | 'id-number' | 'phone' | 'integer' | 'decimal';

export interface KeypadProps {
  type: 'text' | 'number' | 'idcard' | 'digit';
  /** Attributes of the real <input> on H5 (Taro's `nativeProps`). */
  native: Record<string, string>;
}
