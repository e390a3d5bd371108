import Taro from '@tarojs/taro';
import { dialableNumber } from './dialable-number';

/** Dials the help line through the mini-program's own dialler. */
export function dialPhone(phone: string): void {
  const phoneNumber = dialableNumber(phone);
  if (phoneNumber) void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}
