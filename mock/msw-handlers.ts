/** msw 2 handlers that serve the mock gateway to fetch (jest through msw/node, the browser worker). */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { isBinaryContentType, parseBodyText, type MockRequest } from './reply';
import type { MockGateway } from './router';

/** The path part of a base URL, absolute ('http://gateway.test/gateway') or not ('/gateway'). */
export function basePathOf(baseUrl: string): string {
  const path = new URL(baseUrl, 'http://base.invalid').pathname;
  return path.replace(/\/+$/, '');
}

/** Translates a fetch Request into the gateway's transport-neutral request. */
export async function toMockRequest(request: Request, basePath: string): Promise<MockRequest> {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(basePath)
    ? url.pathname.slice(basePath.length)
    : url.pathname;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const binary = isBinaryContentType(headers['content-type']);
  return {
    method: request.method,
    path: path || '/',
    query: Object.fromEntries(url.searchParams),
    headers,
    body: !hasBody
      ? undefined
      : binary
        ? new Uint8Array(await request.arrayBuffer())
        : parseBodyText(await request.text()),
  };
}

/** Creates the msw handlers for every request under baseUrl. */
export function createGatewayHandlers(gateway: MockGateway, baseUrl: string): HttpHandler[] {
  const prefix = baseUrl.replace(/\/+$/, '');
  const basePath = basePathOf(prefix);
  return [
    http.all(`${prefix}/*`, async ({ request }) => {
      const reply = await gateway.handle(await toMockRequest(request, basePath));
      if (reply.kind === 'network-error') return HttpResponse.error();
      if (reply.kind === 'hang') {
        await delay('infinite');
        return HttpResponse.error();
      }
      return HttpResponse.json(reply.body, { status: reply.status, headers: reply.headers });
    }),
  ];
}
