/** The user-agent token of the Love Shandong app; its HarmonyOS build carries `hanweb-harmony`. */
const LOVE_SHANDONG_TOKEN = 'hanweb';

/**
 * Which host app a user agent belongs to: the Quancheng Office app by its configured token
 * (checked first: it may be built on the same SDK and carry `hanweb` as well), Love Shandong by
 * `hanweb`, null for anything else (a plain browser, or a host whose token is not known yet).
 */
export function hostFromUserAgent(
  userAgent: string,
  quanchengToken: string,
): 'ishandong' | 'quancheng' | null {
  const ua = userAgent.toLowerCase();
  const quancheng = quanchengToken.trim().toLowerCase();
  if (quancheng && ua.includes(quancheng)) return 'quancheng';
  if (ua.includes(LOVE_SHANDONG_TOKEN)) return 'ishandong';
  return null;
}
