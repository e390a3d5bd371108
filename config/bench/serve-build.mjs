// Serves a build folder with the mock gateway (mock/http-server.ts, bundled with esbuild so
// plain node can run it), as the browser tests do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Starts the mock gateway and static server for `staticDir`; `close()` stops both. */
export async function serveBuild(root, staticDir) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-server-'));
  const outfile = path.join(dir, 'http-server.mjs');
  await build({
    entryPoints: [path.join(root, 'mock', 'http-server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  const { startMockGatewayHttpServer } = await import(pathToFileURL(outfile).href);
  const server = await startMockGatewayHttpServer({ port: 0, staticDir });
  return {
    url: server.url,
    gatewayUrl: server.gatewayUrl,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Plays the host app for the production build: `lightAppJssdk` hands out mock tickets. */
export const HOST_SCRIPT = `window.lightAppJssdk = { user: { getTicket(options) {
  setTimeout(() => options.success({ ticket: 'ishandong:p-all-verified:' + Math.random() }), 10);
} } };`;
export const HOST_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 10; Mobile) AppleWebKit/537.36 Chrome/120 Mobile ishandong/3.1';
