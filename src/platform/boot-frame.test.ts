import { holdBootFrame } from './boot-frame';

describe('holding the boot frame', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"><p>页面</p></div><div id="boot"></div>';
  });

  it('keeps the frame shown and the page hidden while held, and gives both back after', () => {
    holdBootFrame(true);
    expect(document.getElementById('app')!.style.visibility).toBe('hidden');
    expect(document.getElementById('boot')!.style.display).toBe('block');
    holdBootFrame(false);
    expect(document.getElementById('app')!.style.visibility).toBe('');
    expect(document.getElementById('boot')!.style.display).toBe('');
  });

  it('does nothing on a page without the boot frame', () => {
    document.body.innerHTML = '<div id="app"></div>';
    expect(() => holdBootFrame(true)).not.toThrow();
    expect(document.getElementById('app')!.style.visibility).toBe('');
  });
});
