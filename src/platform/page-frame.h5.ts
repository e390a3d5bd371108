import Taro from '@tarojs/taro';
import { ROUTES } from '@/routes';

/**
 * Names the page in the window title, which screen readers announce first after a page change
 * (issue 18). Taro's router keeps the title per page and puts it back when the page shows again.
 */
export function showPageTitle(title: string): void {
  Taro.setNavigationBarTitle({ title }).catch(() => undefined);
}

/**
 * Moves focus to the new page's heading, so keyboard and screen-reader users start on the page
 * they came to instead of the top of the document (issue 18). The heading takes focus without
 * joining the tab order, and the page stays where it is scrolled. On a slow phone Taro may show
 * the page a while after it says it has: the heading is tried again until it is on screen (for
 * `patienceMs`), unless the parent has moved focus somewhere else on screen meanwhile.
 */
export function focusPageHeading(id: string, patienceMs = 3000): void {
  const giveUpAt = Date.now() + patienceMs;
  // What had focus as the page opened (often the button that opened it, on the page below).
  const before = document.activeElement;
  const attempt = () => {
    if (document.activeElement !== before && focusedOnScreen()) return;
    const heading = document.getElementById(id);
    if (heading && isShown(id)) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return;
    }
    if (Date.now() < giveUpAt) setTimeout(attempt, 50);
  };
  attempt();
}

/**
 * Puts focus back on the heading of a page on screen whose content was drawn again (React mounts
 * it anew) and took the focused element with it: focus would otherwise fall to the document and
 * a screen reader would start again from the top. Focus elsewhere on screen is left alone.
 */
export function refocusPageHeading(id: string): void {
  const active = document.activeElement;
  if (active && active !== document.body) return;
  if (isShown(id)) focusPageHeading(id, 0);
}

/** Whether something on screen has focus (not the document itself). */
function focusedOnScreen(): boolean {
  const active = document.activeElement;
  return !!active && active !== document.body && active.getClientRects().length > 0;
}

/** True while the element is on screen: Taro H5 keeps the pages below the current one, hidden. */
export function isShown(id: string): boolean {
  const element = document.getElementById(id);
  return !!element && element.getClientRects().length > 0;
}

/**
 * Where the title bar's back leads: the page below, or home for a page opened straight from a
 * link (nothing below it); none on home itself.
 */
export function backTarget(): 'back' | 'home' | null {
  if (Taro.getCurrentPages().length > 1) return 'back';
  const path = Taro.getCurrentInstance().router?.path ?? '';
  return path.split('?')[0] === ROUTES.home ? null : 'home';
}

/** Follows the title bar's back (see backTarget). */
export function goBack(target: 'back' | 'home'): void {
  const home = () => Taro.reLaunch({ url: ROUTES.home }).catch(() => undefined);
  if (target === 'back') Taro.navigateBack({ delta: 1 }).catch(home);
  else void home();
}

/** The H5 page draws its own title bar; the mini-program has the host's navigation bar. */
export const DRAWS_TITLE_BAR = true;
