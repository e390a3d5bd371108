import type { SeasonConfig } from '@contract';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useSeason } from '@/stores/season-store';
import { HelpLine } from './help-line';

function withHelpLine(helpLine: string) {
  const config = { helpLine } as SeasonConfig;
  act(() => useSeason.setState({ config, status: 'ready' }));
}

afterEach(() => {
  act(() => useSeason.setState({ config: null, status: 'idle' }));
});

describe('HelpLine', () => {
  it('shows the number the gateway configured and dials it when tapped', () => {
    withHelpLine('0531-12345');
    const dial = jest.fn();
    render(<HelpLine dial={dial} />);
    const link = screen.getByRole('link', { name: '拨打咨询电话 0531-12345' });
    expect(link.textContent).toBe('咨询电话：0531-12345');
    fireEvent.click(link);
    expect(dial).toHaveBeenCalledWith('0531-12345');
  });

  it('shows nothing before the season configuration has arrived', () => {
    const { container } = render(<HelpLine dial={jest.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows nothing when the configured number is blank', () => {
    withHelpLine('  ');
    const { container } = render(<HelpLine dial={jest.fn()} />);
    expect(container.innerHTML).toBe('');
  });
});
