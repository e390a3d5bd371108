import { render, screen } from '@testing-library/react';
import { StepIndicator } from './step-indicator';

describe('StepIndicator', () => {
  it('marks the stages before the current one done and says each state in words', () => {
    render(<StepIndicator current="upload" />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '✓填写信息第 1 步，填写信息，已完成',
      '2上传材料第 2 步，上传材料，当前',
      '3确认提交第 3 步，确认提交，未开始',
    ]);
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual([null, 'step', null]);
  });
});
