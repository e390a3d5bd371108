/** The number as a dialler takes it: digits and a leading +, no spaces or dashes. */
export function dialableNumber(phone: string): string {
  return phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
}
