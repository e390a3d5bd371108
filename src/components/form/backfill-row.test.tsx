import { fireEvent, render, screen } from '@testing-library/react';
import { BackfillRow } from './backfill-row';

describe('BackfillRow', () => {
  const address = '济南市历下区样例路100号样例小区3号楼2单元502室';

  it('shows the verified answer in full as text, beside 自动回填, with its source and date', () => {
    render(
      <BackfillRow
        id="f-a"
        label="户籍地址"
        value={address}
        source="公安户籍"
        recordDate="2021-09-01"
        onDispute={() => {}}
      />,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.getElementById('f-a-value')?.textContent).toBe(address);
    expect(document.getElementById('f-a-backfill')?.textContent).toContain('自动回填');
    expect(document.getElementById('f-a-backfill')?.textContent).toContain('2021-09-01');
  });

  it('offers 信息有误, and nothing to press once the form cannot change', () => {
    const onDispute = jest.fn();
    const { rerender } = render(
      <BackfillRow
        id="f-a"
        label="户籍地址"
        value={address}
        source="公安户籍"
        recordDate={null}
        onDispute={onDispute}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '信息有误' }));
    expect(onDispute).toHaveBeenCalledTimes(1);
    rerender(
      <BackfillRow id="f-a" label="户籍地址" value={address} source="公安户籍" recordDate={null} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the gateway’s reason about a verified answer, tied to its 信息有误', () => {
    render(
      <BackfillRow
        id="f-a"
        label="户籍地址"
        value={address}
        source="公安户籍"
        recordDate={null}
        error="与核验结果不一致"
        onDispute={() => {}}
      />,
    );
    const dispute = screen.getByRole('button', { name: '信息有误' });
    expect(dispute.getAttribute('aria-describedby')).toContain('f-a-error');
    expect(document.getElementById('f-a-error')?.textContent).toBe('与核验结果不一致');
  });
});
