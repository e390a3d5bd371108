import { installNativeSemantics } from './native-semantics';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function pressesOf(element: HTMLElement, keys: string[]): number {
  const pressed = jest.fn();
  element.addEventListener('click', pressed);
  for (const key of keys) {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }
  return pressed.mock.calls.length;
}

describe('native semantics for elements with the role of a control', () => {
  beforeAll(() => installNativeSemantics());
  afterEach(() => document.body.replaceChildren());

  it('gives a div with the button role a tab stop that Enter and Space press', async () => {
    document.body.innerHTML = '<div id="b" role="button">提交</div>';
    await flush();
    const button = document.getElementById('b')!;
    expect(button.tabIndex).toBe(0);
    expect(pressesOf(button, ['Enter', ' ', 'a'])).toBe(2);
  });

  it('lets a link answer Enter but not Space', async () => {
    document.body.innerHTML = '<span id="l" role="link">首页</span>';
    await flush();
    const link = document.getElementById('l')!;
    expect([link.tabIndex, pressesOf(link, [' ', 'Enter'])]).toEqual([0, 1]);
  });

  it('gives a role added later a tab stop too', async () => {
    document.body.innerHTML = '<div id="c">同意</div>';
    document.getElementById('c')!.setAttribute('role', 'checkbox');
    await flush();
    expect(document.getElementById('c')!.tabIndex).toBe(0);
  });

  it('keeps a tab stop the page chose (a radio group moves its own)', async () => {
    document.body.innerHTML = '<div id="r" role="radio" tabindex="-1">男</div>';
    await flush();
    expect(document.getElementById('r')!.tabIndex).toBe(-1);
  });

  it('leaves native controls and elements without a control role alone', async () => {
    document.body.innerHTML = '<button id="n">提交</button><div id="d" role="note">x</div>';
    await flush();
    expect(document.getElementById('d')!.hasAttribute('tabindex')).toBe(false);
    expect(pressesOf(document.getElementById('n')!, ['Enter'])).toBe(0);
  });
});
