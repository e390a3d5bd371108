/**
 * The one file that knows the mock gateway exists (H5). In mock builds the msw service worker
 * answers gateway requests in the page; in every other build this branch is removed at compile
 * time (TARO_APP_MOCK is a build constant), so no mock code ships. It stays a plain conditional
 * expression, not async/await: transpiled async code would hide the constant from webpack.
 */
export function prepareGateway(): Promise<void> {
  return process.env.TARO_APP_MOCK === 'true'
    ? import('@mock/browser').then(({ startMockGatewayWorker }) =>
        startMockGatewayWorker(process.env.TARO_APP_GATEWAY_URL).then(() => undefined),
      )
    : Promise.resolve();
}
