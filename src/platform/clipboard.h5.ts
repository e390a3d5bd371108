/**
 * Copies text to the clipboard in the webview (H5) with a selected, off-screen text area and the
 * copy command, which old webviews support (iOS 10 on) where the async clipboard API is missing.
 * Not Taro's `setClipboardData`: on H5 it also keeps the text in local storage and shows its own
 * toast in Chinese only, while the screen says "copied" in the parent's language. Answers whether
 * it worked, so the screen can tell the parent to copy by hand instead.
 */
export function copyText(text: string): Promise<boolean> {
  const area = document.createElement('textarea');
  area.readOnly = true;
  area.value = text;
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'absolute';
  area.style.left = '-10000px';
  document.body.appendChild(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return Promise.resolve(document.execCommand('copy'));
  } catch {
    return Promise.resolve(false);
  } finally {
    document.body.removeChild(area);
  }
}
