import { fireEvent, render, screen } from '@testing-library/react';
import type { VerificationCheck } from '@contract';
import type { VerificationSnapshot } from '@/stores/draft-record';
import { VerificationPanel } from './verification-panel';

function check(source: VerificationCheck['source'], status: VerificationCheck['status']) {
  return { source, status, recordDate: null, values: {} } as VerificationCheck;
}

function snapshot(
  status: VerificationSnapshot['status'],
  checks: VerificationCheck[],
): VerificationSnapshot {
  return { id: 'v1', status, progress: 1, checks, requestKey: 'k' };
}

describe('VerificationPanel', () => {
  it('is one line when done, opening to the departments on request', () => {
    render(
      <VerificationPanel
        snapshot={snapshot('done', [
          check('household', 'verified'),
          check('property', 'not-found'),
        ])}
        selfEmployed={false}
        onRetry={() => {}}
      />,
    );
    expect(document.getElementById('verification-summary')?.textContent).toBe(
      '大数据核验：已完成，1 项通过，1 项需手动填写',
    );
    expect(document.getElementById('verification-household')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '查看核验详情' }));
    expect(document.getElementById('verification-household')?.textContent).toBe(
      '公安户籍：核验通过',
    );
    expect(document.getElementById('manual-notice')).not.toBeNull();
  });

  it('opens by itself with a retry when it jams', () => {
    const onRetry = jest.fn();
    render(
      <VerificationPanel
        snapshot={snapshot('stalled', [check('household', 'pending')])}
        selfEmployed={false}
        onRetry={onRetry}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '重新核验' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(document.getElementById('manual-notice')).not.toBeNull();
  });

  it('does not tell an employed parent that no business licence was found', () => {
    const checks = [check('social-insurance', 'verified'), check('business-licence', 'not-found')];
    const { rerender } = render(
      <VerificationPanel
        snapshot={snapshot('stalled', checks)}
        selfEmployed={false}
        onRetry={() => {}}
      />,
    );
    expect(document.getElementById('verification-business-licence')).toBeNull();
    rerender(
      <VerificationPanel snapshot={snapshot('stalled', checks)} selfEmployed onRetry={() => {}} />,
    );
    expect(document.getElementById('verification-business-licence')).not.toBeNull();
  });
});
