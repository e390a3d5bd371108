import Taro from '@tarojs/taro';
import { ROUTES, type RouteName } from '@/routes';

/**
 * Taro H5 animates page changes (300 ms). Going back while the page that was just opened is
 * still sliding in lets the finishing animation hide the page gone back to: a blank screen.
 * Navigation therefore waits until the last page change has settled.
 */
const SETTLE_MS = 400;
let lastChangeAt = 0;

function afterSettling(navigate: () => void): void {
  const wait = lastChangeAt + SETTLE_MS - Date.now();
  const run = () => {
    lastChangeAt = Date.now();
    navigate();
  };
  if (wait > 0) setTimeout(run, wait);
  else run();
}

function urlOf(route: RouteName, params: Record<string, string>): string {
  // No URLSearchParams: the mini-program runtime does not have it.
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${ROUTES[route]}?${query}` : ROUTES[route];
}

/**
 * Opens a page. Parameters go in the URL, so only non-personal values (ids of notices or
 * registrations) may be passed: never names, ID numbers or phone numbers.
 */
export function openPage(route: RouteName, params: Record<string, string> = {}): void {
  afterSettling(() => void Taro.navigateTo({ url: urlOf(route, params) }));
}

/** Replaces the current page, so Back does not return to a finished step (e.g. after submit). */
export function replacePage(route: RouteName, params: Record<string, string> = {}): void {
  afterSettling(() => void Taro.redirectTo({ url: urlOf(route, params) }));
}

/**
 * Goes back to `route` when it is the page below this one (e.g. the task list a section was
 * opened from), so pages do not pile up; otherwise replaces this page with it. (Replacing onto
 * a route that is also below makes Taro H5 show both copies at once.)
 */
export function returnToPage(route: RouteName, params: Record<string, string> = {}): void {
  const pages = Taro.getCurrentPages();
  const below = pages[pages.length - 2]?.route?.split('?')[0]?.replace(/^\/?/, '/');
  if (below === ROUTES[route]) afterSettling(() => void Taro.navigateBack({ delta: 1 }));
  else replacePage(route, params);
}

/** Reads a page's URL parameter. */
export function pageParam(name: string): string | null {
  const value = Taro.getCurrentInstance().router?.params[name];
  return typeof value === 'string' && value.length > 0 ? decodeURIComponent(value) : null;
}
