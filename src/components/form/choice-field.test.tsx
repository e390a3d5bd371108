import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ChoiceField } from './choice-field';

const CHOICES = [
  { value: 'a', label: '居民身份证' },
  { value: 'b', label: '港澳台居民居住证' },
  { value: 'c', label: '已满', disabled: true, detail: '名额已满，不能选择' },
] as const;

function Question(props: { error?: string; initial?: string }) {
  const [value, setValue] = useState<string | undefined>(props.initial);
  return (
    <ChoiceField
      id="f-q"
      label="证件类型"
      hint="请选择"
      error={props.error}
      choices={CHOICES}
      value={value}
      onChange={setValue}
    />
  );
}

const radios = () => screen.getAllByRole('radio');

// jsdom lays nothing out, so it has no scrolling to do.
beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

describe('ChoiceField', () => {
  it('is one Tab stop: the chosen option, or the first while none is chosen', () => {
    const { unmount } = render(<Question />);
    expect(radios().map((radio) => radio.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    unmount();
    render(<Question initial="b" />);
    expect(radios().map((radio) => radio.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
  });

  it('moves and chooses with the arrow keys, passing over an option that cannot be chosen', () => {
    render(<Question initial="a" />);
    fireEvent.keyDown(radios()[0]!, { key: 'ArrowDown' });
    expect(radios()[1]!.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(radios()[1]);
    fireEvent.keyDown(radios()[1]!, { key: 'ArrowDown' });
    expect(radios()[0]!.getAttribute('aria-checked')).toBe('true');
  });

  it('names options without the drawn mark, which screen readers do not hear', () => {
    render(<Question initial="a" />);
    const mark = radios()[0]!.querySelector('.choice__mark');
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
    expect(radios()[0]!.querySelector('.choice__label')?.textContent).toBe('居民身份证');
  });

  it('says why an option cannot be chosen, and ignores a tap on it', () => {
    render(<Question />);
    const full = radios()[2]!;
    expect(full.getAttribute('aria-disabled')).toBe('true');
    const detail = document.getElementById(full.getAttribute('aria-describedby') ?? '');
    expect(detail?.textContent).toBe('名额已满，不能选择');
    fireEvent.click(full);
    expect(full.getAttribute('aria-checked')).toBe('false');
  });

  it('ties the error and the hint to the group', () => {
    render(<Question error="请选择证件类型" />);
    const group = screen.getByRole('radiogroup');
    expect(group.getAttribute('aria-describedby')).toBe('f-q-error f-q-hint');
    expect(document.getElementById('f-q-error')?.textContent).toBe('请选择证件类型');
  });
});
