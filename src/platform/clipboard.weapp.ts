import Taro from '@tarojs/taro';

/**
 * Copies text to the phone's clipboard through the mini-program's native clipboard. Answers
 * whether it worked, so the screen can tell the parent to copy by hand instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}
