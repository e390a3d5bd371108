/**
 * The mini-program reaches its gateway through `wx.request` and `wx.uploadFile`, which take only
 * absolute https URLs on a domain registered for the mini-program. A relative URL such as the H5
 * build's `/gateway` would build fine and reach nothing, so weapp builds refuse it up front.
 */
const VARIABLE = 'TARO_APP_WEAPP_GATEWAY_URL';

// Names that can never be a deployed gateway (RFC 2606 / 6761); a production build must not ship them.
const RESERVED_HOST =
  /(^localhost$|\.localhost$|\.test$|\.example$|\.invalid$|^example\.(com|net|org)$)/;

/** Why a weapp gateway URL cannot be used, or null when it can. */
export function weappGatewayUrlProblem(
  value: string | undefined,
  production: boolean,
): string | null {
  if (!value) return `${VARIABLE} is not set`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${VARIABLE} must be an absolute https URL, got "${value}"`;
  }
  if (url.protocol !== 'https:') return `${VARIABLE} must use https, got "${value}"`;
  if (url.username || url.password) return `${VARIABLE} must not carry credentials`;
  if (url.search || url.hash) return `${VARIABLE} must not carry a query or fragment`;
  if (value.endsWith('/')) return `${VARIABLE} must not end with "/"`;
  if (production && RESERVED_HOST.test(url.hostname)) {
    return `${VARIABLE} names a test host (${url.hostname}); set the deployed gateway's address`;
  }
  return null;
}

/** Stops a weapp build whose gateway URL the mini-program could not reach. */
export function assertWeappGatewayUrl(value: string | undefined, production: boolean): void {
  const problem = weappGatewayUrlProblem(value, production);
  if (problem) throw new Error(`weapp build refused: ${problem} (see README, "The mini-program")`);
}
