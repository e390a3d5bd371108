import Taro from '@tarojs/taro';
import { planNavigation, type StackPage } from '@/domain/navigation/stack-plan';
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

// Taro adds its own bookkeeping parameters to H5 page paths; they do not make another page.
const OWN_PARAMS = new Set(['stamp', '$taroTimestamp']);

function paramsFromPath(path: string): Record<string, string> {
  const query = path.split('?')[1] ?? '';
  const params: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key) params[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return params;
}

/** The page stack as routes and parameters (weapp pages carry `options`, H5 pages a `path`). */
function currentStack(): StackPage[] {
  return Taro.getCurrentPages().map((page) => {
    const raw = page as { route?: string; path?: string; options?: Record<string, unknown> };
    const given = raw.options ?? paramsFromPath(raw.path ?? '');
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(given)) {
      if (!OWN_PARAMS.has(key) && typeof value === 'string') params[key] = value;
    }
    return { route: (raw.route ?? '').split('?')[0] ?? '', params };
  });
}

/**
 * Runs a navigation and never lets it fail unseen: a refused push (full stack, a page still
 * animating) replaces the page instead, and a refused replace starts afresh on the page.
 */
function settle(attempt: Promise<unknown>, url: string, fallback: 'redirect' | 'relaunch'): void {
  attempt.catch(() => {
    const next = fallback === 'redirect' ? Taro.redirectTo({ url }) : Taro.reLaunch({ url });
    if (fallback === 'redirect') settle(next, url, 'relaunch');
    else next.catch(() => undefined);
  });
}

function go(route: RouteName, params: Record<string, string>, reuse: boolean): void {
  afterSettling(() => {
    const url = urlOf(route, params);
    const plan = planNavigation(currentStack(), { route: ROUTES[route], params }, reuse);
    if (plan.kind === 'stay') return;
    if (plan.kind === 'back') settle(Taro.navigateBack({ delta: plan.delta }), url, 'redirect');
    else if (plan.kind === 'replace') settle(Taro.redirectTo({ url }), url, 'relaunch');
    else settle(Taro.navigateTo({ url }), url, 'redirect');
  });
}

/**
 * Opens a page. Parameters go in the URL, so only non-personal values (ids of notices or
 * registrations) may be passed: never names, ID numbers or phone numbers. Past the stack's
 * limit (10 pages on the mini-program) the page on screen is replaced instead.
 */
export function openPage(route: RouteName, params: Record<string, string> = {}): void {
  go(route, params, false);
}

/**
 * Goes to a page, back to it when it is already in the stack (home, notices, FAQ, 我的登记), so
 * tapping a link again and again never piles pages up.
 */
export function goToPage(route: RouteName, params: Record<string, string> = {}): void {
  go(route, params, true);
}

/** Replaces the current page, so Back does not return to a finished step (e.g. after submit). */
export function replacePage(route: RouteName, params: Record<string, string> = {}): void {
  afterSettling(() => {
    const url = urlOf(route, params);
    settle(Taro.redirectTo({ url }), url, 'relaunch');
  });
}

/**
 * Goes back to `route` when it is the page below this one (e.g. the task list a section was
 * opened from), so pages do not pile up; otherwise replaces this page with it. (Replacing onto
 * a route that is also below makes Taro H5 show both copies at once.)
 */
export function returnToPage(route: RouteName, params: Record<string, string> = {}): void {
  const pages = Taro.getCurrentPages();
  const below = pages[pages.length - 2]?.route?.split('?')[0]?.replace(/^\/?/, '/');
  if (below === ROUTES[route]) {
    afterSettling(() => settle(Taro.navigateBack({ delta: 1 }), urlOf(route, params), 'redirect'));
  } else replacePage(route, params);
}

/** Reads a page's URL parameter. */
export function pageParam(name: string): string | null {
  const value = Taro.getCurrentInstance().router?.params[name];
  return typeof value === 'string' && value.length > 0 ? decodeURIComponent(value) : null;
}
