import Taro from '@tarojs/taro';
import { ROUTES, type RouteName } from '@/routes';

/**
 * Opens a page. Parameters go in the URL, so only non-personal values (ids of notices or
 * registrations) may be passed: never names, ID numbers or phone numbers.
 */
export function openPage(route: RouteName, params: Record<string, string> = {}): void {
  // No URLSearchParams: the mini-program runtime does not have it.
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  void Taro.navigateTo({ url: query ? `${ROUTES[route]}?${query}` : ROUTES[route] });
}

/** Reads a page's URL parameter. */
export function pageParam(name: string): string | null {
  const value = Taro.getCurrentInstance().router?.params[name];
  return typeof value === 'string' && value.length > 0 ? decodeURIComponent(value) : null;
}
