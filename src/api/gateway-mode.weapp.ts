import { configureGateway } from './gateway-client';
import { TransportFailure, type RawSend } from './http-send';

/**
 * The one file that knows the mock gateway exists (weapp). The mini-program reaches its gateway
 * at TARO_APP_WEAPP_GATEWAY_URL (absolute https, checked at build time): the H5 build's relative
 * TARO_APP_GATEWAY_URL means nothing to `wx.request`. The runtime has no service worker, so mock
 * builds answer gateway requests in-process from the same model; in every other build that
 * branch is removed at compile time (TARO_APP_MOCK is a build constant).
 */
export function prepareGateway(): Promise<void> {
  const base = process.env.TARO_APP_WEAPP_GATEWAY_URL;
  configureGateway({ baseUrl: base });
  return process.env.TARO_APP_MOCK === 'true'
    ? import('@mock/router').then(({ createGateway }) => {
        const gateway = createGateway();
        const send: RawSend = async (request) => {
          const [path = '', query = ''] = request.url.slice(base.length).split('?');
          const reply = await gateway.handle({
            method: request.method,
            path,
            query: Object.fromEntries(
              query
                .split('&')
                .filter(Boolean)
                .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
            ),
            headers: Object.fromEntries(
              Object.entries(request.headers).map(([key, value]) => [key.toLowerCase(), value]),
            ),
            body: request.body,
          });
          if (reply.kind === 'network-error') throw new TransportFailure('network');
          if (reply.kind === 'hang') return new Promise<never>(() => undefined);
          return { status: reply.status, headers: reply.headers, body: reply.body };
        };
        configureGateway({ send });
      })
    : Promise.resolve();
}
