/**
 * The one file that knows the mock gateway exists (H5). In mock builds the msw service worker
 * answers gateway requests in the page; in every other build this whole branch is removed at
 * compile time (TARO_APP_MOCK is a build constant), so no mock code ships.
 */
export async function prepareGateway(): Promise<void> {
  if (process.env.TARO_APP_MOCK === 'true') {
    const { startMockGatewayWorker } = await import('@mock/browser');
    await startMockGatewayWorker(process.env.TARO_APP_GATEWAY_URL);
  }
}
