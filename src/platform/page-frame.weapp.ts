import Taro from '@tarojs/taro';

/** The mini-program's navigation bar shows the page's name; screen readers read it from there. */
export function showPageTitle(title: string): void {
  Taro.setNavigationBarTitle({ title }).catch(() => undefined);
}

/** The mini-program has no DOM focus to move; its screen reader follows the page itself. */
export function focusPageHeading(_id: string): void {
  // Nothing to do on weapp.
}

/** See focusPageHeading: nothing to put back on weapp. */
export function refocusPageHeading(_id: string): void {
  // Nothing to do on weapp.
}

/** Only the page on screen answers to the mini-program's calls, so every page may set its title. */
export function isShown(_id: string): boolean {
  return true;
}

/** The host's navigation bar has its own back, so the page offers none. */
export function backTarget(): 'back' | 'home' | null {
  return null;
}

/** Never called on weapp (backTarget is null); kept for the same interface as H5. */
export function goBack(_target: 'back' | 'home'): void {
  Taro.navigateBack({ delta: 1 }).catch(() => undefined);
}

/** The host's navigation bar already has the title and back, so the page draws none. */
export const DRAWS_TITLE_BAR = false;
