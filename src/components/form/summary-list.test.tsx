import { fireEvent, render, screen } from '@testing-library/react';
import { SummaryList, type SummaryRow } from './summary-list';

const rows: SummaryRow[] = [
  { key: 'child.name', label: '孩子姓名', value: '李沐阳', source: '自动回填 · 公安户籍' },
  {
    key: 'child.idNumber',
    label: '孩子证件号码',
    value: '370102********0033',
    fullValue: '370102201601010033',
    onChange: () => undefined,
  },
  { key: 'household.inDowntown', label: 'In downtown', value: 'Yes', flag: '您已标记此项信息有误' },
];

describe('SummaryList', () => {
  it('shows a masked number until 显示 is pressed, and masks it again on 隐藏', () => {
    render(<SummaryList rows={rows} />);
    const toggle = screen.getByRole('button', { name: '显示完整的孩子证件号码' });
    expect(screen.getByText('370102********0033')).toBeTruthy();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByText('370102201601010033')).toBeTruthy();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '隐藏孩子证件号码' }));
    expect(screen.queryByText('370102201601010033')).toBeNull();
  });

  it('gives every row and control its own id, and none an id of "undefined"', () => {
    const { container } = render(<SummaryList rows={rows} />);
    const ids = Array.from(container.querySelectorAll('[id]')).map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'summary-child-idNumber',
        'summary-child-idNumber-show',
        'summary-child-idNumber-change',
      ]),
    );
    expect(ids).not.toContain('undefined');
  });

  it('marks Chinese answers and labels zh-CN and leaves other words in the page language', () => {
    render(<SummaryList rows={rows} />);
    expect(screen.getByText('李沐阳').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('孩子姓名').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('Yes').hasAttribute('lang')).toBe(false);
    expect(screen.getByText('In downtown').hasAttribute('lang')).toBe(false);
  });

  it('shows where a verified value came from and flags an answer marked wrong', () => {
    render(<SummaryList rows={rows} />);
    expect(screen.getByText('自动回填 · 公安户籍')).toBeTruthy();
    expect(document.getElementById('summary-household-inDowntown-flag')?.textContent).toBe(
      '您已标记此项信息有误',
    );
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
