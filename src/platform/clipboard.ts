import Taro from '@tarojs/taro';

/**
 * Copies text to the phone's clipboard through Taro on both platforms (H5: a selected text
 * area and the copy command; mini-program: the native clipboard). Answers whether it worked,
 * so the screen can tell the parent to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}
