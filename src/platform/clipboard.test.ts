import { copyText } from './clipboard.h5';

describe('copying text in the webview', () => {
  const execCommand = jest.fn<boolean, [string]>();

  beforeAll(() => {
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  });

  afterEach(() => execCommand.mockReset());

  it('copies the selected text with the copy command and leaves nothing on the page', async () => {
    let selected = '';
    execCommand.mockImplementation(() => {
      const area = document.querySelector('textarea');
      selected = area ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
      return true;
    });
    await expect(copyText('JN2022-E-000001')).resolves.toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe('JN2022-E-000001');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('answers false when the webview refuses to copy, so the screen can say copy by hand', async () => {
    execCommand.mockReturnValue(false);
    await expect(copyText('x')).resolves.toBe(false);
    execCommand.mockImplementation(() => {
      throw new Error('not allowed');
    });
    await expect(copyText('x')).resolves.toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('keeps no copy of the text in device storage', async () => {
    execCommand.mockReturnValue(true);
    await copyText('JN2022-E-000001');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('JN2022');
  });
});
