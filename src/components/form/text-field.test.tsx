import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { TextField } from './text-field';

function IdNumber(props: { error?: string; initial?: string; allowsX?: boolean }) {
  const [value, setValue] = useState(props.initial ?? '');
  return (
    <TextField
      id="f-id"
      label="孩子证件号码"
      hint="18 位"
      value={value}
      error={props.error}
      keypad="id-number"
      allowsX={props.allowsX ?? true}
      onChange={setValue}
    />
  );
}

describe('TextField', () => {
  it('names its error and hint as the input’s description, error first', () => {
    render(<IdNumber error="请输入孩子的证件号码" />);
    const input = screen.getByRole('textbox');
    expect(input.getAttribute('aria-describedby')).toBe('f-id-error f-id-hint');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps only the hint in the description once the error is gone', () => {
    render(<IdNumber />);
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBe('f-id-hint');
  });

  it('brings up the numeric keypad for an ID number', () => {
    render(<IdNumber />);
    expect(screen.getByRole('textbox').getAttribute('inputmode')).toBe('numeric');
  });

  it('offers an X key once 17 characters of a resident ID are typed', () => {
    render(<IdNumber initial="37010220151018003" />);
    fireEvent.click(screen.getByRole('button', { name: '在号码末尾输入字母 X' }));
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('37010220151018003X');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers no X key for a permit number', () => {
    render(<IdNumber initial="37010220151018003" allowsX={false} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('brings up the phone pad for a phone number', () => {
    render(<TextField id="f-m" label="联系手机号" value="" keypad="phone" onChange={() => {}} />);
    expect(screen.getByRole('textbox').getAttribute('type')).toBe('tel');
  });
});
