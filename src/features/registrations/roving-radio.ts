import { nextRadioIndex, tabStopIndex } from '@/components/form/radio-keys';
import { focusById } from '@/platform/focus';

interface KeyEvent {
  key: string;
  preventDefault(): void;
}

/**
 * Keyboard props of one option in a radio group: the group is one Tab stop and the arrow keys
 * move to and choose the next option that can be chosen (WAI-ARIA radio group, issue 18).
 * Spread onto the option's View: Taro's ViewProps lack both, H5 puts them on the element.
 */
export function rovingRadio(
  index: number,
  options: { ids: readonly string[]; enabled: readonly boolean[]; selected: number },
  choose: (index: number) => void,
): object {
  const { ids, enabled, selected } = options;
  return {
    tabIndex: index === tabStopIndex(selected, enabled) ? 0 : -1,
    onKeyDown: (event: KeyEvent) => {
      const next = nextRadioIndex(event.key, index, enabled);
      if (next === null) return;
      event.preventDefault();
      choose(next);
      const id = ids[next];
      if (id) focusById(id);
    },
  };
}
