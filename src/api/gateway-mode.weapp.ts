import { configureGateway } from './gateway-client';
import { TransportFailure, type RawSend } from './http-send';

/**
 * The one file that knows the mock gateway exists (weapp). The mini-program runtime has no
 * service worker, so mock builds answer gateway requests in-process from the same model; in
 * every other build this branch is removed at compile time (TARO_APP_MOCK is a build constant).
 */
export function prepareGateway(): Promise<void> {
  return process.env.TARO_APP_MOCK === 'true'
    ? import('@mock/router').then(({ createGateway }) => {
        const gateway = createGateway();
        const base = process.env.TARO_APP_GATEWAY_URL;
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
