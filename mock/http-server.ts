/** The mock gateway over real HTTP (Node's http), optionally with a static H5 build beside it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { isBinaryContentType, parseBodyText, type MockRequest } from './reply';
import { createGateway, type MockGateway } from './router';
import { serveStatic } from './static-files';

export interface MockHttpServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the gateway lives; default '/gateway'. */
  basePath?: string;
  /** A folder to serve other paths from (e.g. dist/h5); without it they answer 404. */
  staticDir?: string;
  /** Interface to listen on; default '127.0.0.1'. */
  host?: string;
  /** A gateway to serve; default a fresh one. */
  gateway?: MockGateway;
}

export interface MockHttpServer {
  /** Origin, e.g. 'http://127.0.0.1:43123'. */
  url: string;
  /** `${url}${basePath}`: the base URL the app's transport uses. */
  gatewayUrl: string;
  gateway: MockGateway;
  /** Stops listening and drops open connections, including hung requests. */
  close(): Promise<void>;
}

async function readMockRequest(req: IncomingMessage, url: URL, path: string): Promise<MockRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const raw = Buffer.concat(chunks);
  return {
    method: req.method ?? 'GET',
    path: path || '/',
    query: Object.fromEntries(url.searchParams),
    headers,
    body: isBinaryContentType(headers['content-type'])
      ? new Uint8Array(raw)
      : parseBodyText(raw.toString('utf8')),
  };
}

async function serveGateway(
  gateway: MockGateway,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
) {
  const reply = await gateway.handle(await readMockRequest(req, url, path));
  if (reply.kind === 'network-error') {
    req.socket.destroy();
    return;
  }
  if (reply.kind === 'hang') return; // Never answered; close() destroys the socket.
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** Starts the server for end-to-end tests: the production H5 build and the gateway on one origin. */
export async function startMockGatewayHttpServer(
  options: MockHttpServerOptions,
): Promise<MockHttpServer> {
  const basePath = (options.basePath ?? '/gateway').replace(/\/+$/, '');
  const gateway = options.gateway ?? createGateway();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const inGateway = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    const work = inGateway
      ? serveGateway(gateway, req, res, url.pathname.slice(basePath.length), url)
      : options.staticDir && (req.method === 'GET' || req.method === 'HEAD')
        ? serveStatic(options.staticDir, url.pathname, res)
        : Promise.resolve(res.writeHead(404).end());
    work.catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host}:${port}`;
  return {
    url,
    gatewayUrl: `${url}${basePath}`,
    gateway,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
