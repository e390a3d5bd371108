import { render, screen } from '@testing-library/react';
import { SuccessState } from './success-state';

describe('SuccessState', () => {
  it('announces the success as a status with a real heading and the next step', () => {
    render(<SuccessState id="appointment-booked" title="预约成功" next="请按时到登记点。" />);
    const status = screen.getByRole('status');
    const heading = screen.getByRole('heading', { name: '预约成功' });
    expect(heading.getAttribute('aria-level')).toBe('2');
    expect(status.contains(heading)).toBe(true);
    expect(status.textContent).toContain('请按时到登记点。');
  });

  it('takes the heading level the page outline needs', () => {
    render(<SuccessState id="sent" title="已提交" next="等待审核。" level={3} />);
    expect(screen.getByRole('heading').getAttribute('aria-level')).toBe('3');
  });
});
