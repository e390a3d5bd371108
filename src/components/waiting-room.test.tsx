import { act, render, screen } from '@testing-library/react';
import { currentMessages } from '@/messages/catalog';
import { useWaitingRoom } from '@/stores/waiting-room';
import { WaitingRoom } from './waiting-room';

const m = currentMessages();

afterEach(() => {
  jest.useRealTimers();
  act(() => useWaitingRoom.setState({ until: null }));
});

describe('WaitingRoom', () => {
  it('shows nothing while the gateway serves', () => {
    const { container } = render(<WaitingRoom />);
    expect(container.innerHTML).toBe('');
  });

  it('counts down calmly to the next try and says the answers are saved', () => {
    jest.useFakeTimers({ now: new Date('2022-07-05T10:00:00+08:00') });
    render(<WaitingRoom />);
    act(() => useWaitingRoom.setState({ until: Date.now() + 10_000 }));
    expect(screen.getByRole('heading').textContent).toBe('当前办理人数较多');
    expect(screen.getByText(m.waitingRoom.saved)).toBeTruthy();
    expect(screen.getByText('10 秒后自动重试')).toBeTruthy();
    act(() => jest.advanceTimersByTime(3000));
    expect(screen.getByText('7 秒后自动重试')).toBeTruthy();
    act(() => jest.advanceTimersByTime(8000));
    expect(screen.getByText(m.waitingRoom.retrying)).toBeTruthy();
  });

  it('goes away by itself once the gateway served', () => {
    render(<WaitingRoom />);
    act(() => useWaitingRoom.setState({ until: Date.now() + 5000 }));
    expect(screen.getByRole('status')).toBeTruthy();
    act(() => useWaitingRoom.setState({ until: null }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
