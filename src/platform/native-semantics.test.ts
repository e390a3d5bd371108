import { installNativeSemantics } from './native-semantics';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('native semantics for Taro H5 elements', () => {
  beforeAll(() => installNativeSemantics());
  afterEach(() => document.body.replaceChildren());

  it('makes a Taro button a focusable button that Enter and Space press', async () => {
    document.body.innerHTML = '<taro-button-core id="b" disabled>提交</taro-button-core>';
    await flush();
    const button = document.getElementById('b')!;
    expect([
      button.getAttribute('role'),
      button.tabIndex,
      button.getAttribute('aria-disabled'),
    ]).toEqual(['button', 0, 'true']);
    const pressed = jest.fn();
    button.addEventListener('click', pressed);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(pressed).toHaveBeenCalledTimes(2);
  });

  it('does not call a button disabled="false" disabled', async () => {
    document.body.innerHTML = '<taro-button-core id="b" disabled="false">提交</taro-button-core>';
    await flush();
    expect(document.getElementById('b')!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('lets a link answer Enter but not Space', async () => {
    document.body.innerHTML = '<taro-view-core id="l" role="link">首页</taro-view-core>';
    await flush();
    const link = document.getElementById('l')!;
    const followed = jest.fn();
    link.addEventListener('click', followed);
    link.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect([link.tabIndex, followed.mock.calls.length]).toEqual([0, 1]);
  });

  it('puts the label and error state of a Taro input on the real input', async () => {
    document.body.innerHTML =
      '<taro-input-core aria-labelledby="f-label" aria-invalid="true"><input /></taro-input-core>';
    await flush();
    const input = document.querySelector('input')!;
    expect([input.getAttribute('aria-labelledby'), input.getAttribute('aria-invalid')]).toEqual([
      'f-label',
      'true',
    ]);
    document.querySelector('taro-input-core')!.setAttribute('aria-invalid', 'false');
    await flush();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('leaves native elements alone', async () => {
    document.body.innerHTML = '<div id="d" role="button">x</div>';
    await flush();
    expect(document.getElementById('d')!.hasAttribute('tabindex')).toBe(false);
  });
});
