import { act, fireEvent, render, screen } from '@testing-library/react';
import { Text } from '@tarojs/components';
import { onDemand } from './on-demand';

function Greeting({ name }: { name: string }) {
  return <Text>你好，{name}</Text>;
}

/** A load the test settles by hand, counting how often the code was asked for. */
function manualLoad() {
  const calls: Array<{ resolve(): void; reject(): void }> = [];
  const load = () =>
    new Promise<typeof Greeting>((resolve, reject) => {
      calls.push({ resolve: () => resolve(Greeting), reject: () => reject(new Error('offline')) });
    });
  return { load, calls };
}

describe('onDemand', () => {
  it('shows the loading line until the code arrives, then the component with its props', async () => {
    const { load, calls } = manualLoad();
    const OnDemandGreeting = onDemand(load);
    render(<OnDemandGreeting name="小明" />);
    expect(screen.getByRole('status').textContent).toBe('正在加载…');
    await act(async () => calls[0]?.resolve());
    expect(screen.getByText('你好，小明')).toBeTruthy();
  });

  it('says a failed fetch is the network and fetches again when the parent retries', async () => {
    const { load, calls } = manualLoad();
    const OnDemandGreeting = onDemand(load);
    render(<OnDemandGreeting name="小明" />);
    await act(async () => calls[0]?.reject());
    expect(screen.getByRole('alert').textContent).toContain('网络连接失败');
    fireEvent.click(screen.getByText('重试'));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]?.resolve());
    expect(screen.getByText('你好，小明')).toBeTruthy();
  });

  it('fetches once for a preload and every later drawing, and draws at once when preloaded', async () => {
    const { load, calls } = manualLoad();
    const OnDemandGreeting = onDemand(load);
    OnDemandGreeting.preload();
    OnDemandGreeting.preload();
    await act(async () => calls[0]?.resolve());
    render(<OnDemandGreeting name="小红" />);
    expect(screen.getByText('你好，小红')).toBeTruthy();
    expect(calls).toHaveLength(1);
  });

  it('forgets a failed preload, so drawing the component fetches again', async () => {
    const { load, calls } = manualLoad();
    const OnDemandGreeting = onDemand(load);
    OnDemandGreeting.preload();
    await act(async () => calls[0]?.reject());
    render(<OnDemandGreeting name="小红" />);
    expect(calls).toHaveLength(2);
  });
});
