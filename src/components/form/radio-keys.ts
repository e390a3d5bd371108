/**
 * Arrow keys in a radio group (WAI-ARIA radio group pattern): the next or previous option that
 * can be chosen, wrapping at the ends; Home and End go to the first and last. Null: not a move.
 */
export function nextRadioIndex(
  key: string,
  current: number,
  enabled: readonly boolean[],
): number | null {
  const count = enabled.length;
  if (count === 0 || !enabled.some(Boolean)) return null;
  const step =
    key === 'ArrowDown' || key === 'ArrowRight'
      ? 1
      : key === 'ArrowUp' || key === 'ArrowLeft'
        ? -1
        : 0;
  if (key === 'Home' || key === 'End') {
    const order = enabled.map((_, index) => index);
    if (key === 'End') order.reverse();
    return order.find((index) => enabled[index]) ?? null;
  }
  if (step === 0) return null;
  let index = current;
  for (let tries = 0; tries < count; tries += 1) {
    index = (index + step + count) % count;
    if (enabled[index]) return index;
  }
  return null;
}

/** The one option of a group in the Tab order: the chosen one, else the first that can be chosen. */
export function tabStopIndex(selected: number, enabled: readonly boolean[]): number {
  if (selected >= 0) return selected;
  const first = enabled.indexOf(true);
  return first >= 0 ? first : 0;
}
