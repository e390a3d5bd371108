import path from 'node:path';
import type { Compiler } from 'webpack';
import {
  earlyAnswersScript,
  PreloadPagePlugin,
  preloadScript,
  type EarlyGet,
} from './preload-page-plugin';

const FILES = {
  '/features/home/index': ['./css/720.aa.css', './js/720.bb.js'],
  '/features/enrollment/index': ['./css/655.cc.css', './js/655.dd.js'],
};

/** The links the script adds when the page opens at this address. */
function preloadsAt(hash: string): string[] {
  window.location.hash = hash;
  document.head.innerHTML = '';
  // Runs the inline script as index.html does, text and all.
  // eslint-disable-next-line no-new-func
  new Function(preloadScript(FILES, '/features/home/index'))();
  return [...document.head.querySelectorAll('link')].map(
    (link) => `${link.rel} ${link.getAttribute('as')} ${link.getAttribute('href')}`,
  );
}

describe('the preload script of index.html', () => {
  it('asks for the chunk and stylesheet of the page in the address, with its query', () => {
    expect(preloadsAt('#/features/enrollment/index?draft=d-1')).toEqual([
      'preload style ./css/655.cc.css',
      'preload script ./js/655.dd.js',
    ]);
  });

  it('asks for the first page when the address names none', () => {
    expect(preloadsAt('')).toEqual([
      'preload style ./css/720.aa.css',
      'preload script ./js/720.bb.js',
    ]);
  });

  it('asks for nothing on an address that is no page', () => {
    expect(preloadsAt('#/somewhere/else')).toEqual([]);
  });
});

class RawSource {
  constructor(private readonly text: string) {}
  source() {
    return this.text;
  }
}

const SRC = path.resolve('/app/src');
const at = (file: string) => ({ resource: path.join(SRC, file) });

/** index.html after the plugin ran over a build with these chunks. */
function built(
  chunks: { initial: boolean; files: string[]; modules: object[]; shared?: boolean }[],
  earlyGets: EarlyGet[] = [],
): string {
  let html = new RawSource('<head><title>x</title></head>');
  let processAssets: (() => void) | null = null;
  const compilation = {
    hooks: { processAssets: { tap: (_o: unknown, step: () => void) => (processAssets = step) } },
    getAsset: (name: string) => (name === 'index.html' ? { source: html } : undefined),
    updateAsset: (_name: string, source: RawSource) => (html = source),
    // Each page chunk's group holds it and the shared chunks loaded with it.
    chunks: chunks.map((chunk) => ({
      canBeInitial: () => chunk.initial,
      groupsIterable: [{ chunks: [chunk, ...chunks.filter((other) => other.shared)] }],
      ...chunk,
    })),
    chunkGraph: { getChunkModulesIterable: (chunk: { modules: object[] }) => chunk.modules },
  };
  const compiler = {
    webpack: { Compilation: { PROCESS_ASSETS_STAGE_REPORT: 5000 }, sources: { RawSource } },
    hooks: {
      thisCompilation: { tap: (_n: string, start: (c: unknown) => void) => start(compilation) },
    },
  };
  const routes = ['/features/home/index', '/features/enrollment/index'];
  new PreloadPagePlugin({ sourceRoot: SRC, routes, publicPath: './', earlyGets }).apply(
    compiler as unknown as Compiler,
  );
  processAssets!();
  return html.source();
}

describe('the page files written into index.html', () => {
  it("name each page's own chunk, found by the page's module even when concatenated", () => {
    const html = built([
      { initial: true, files: ['js/app.00.js'], modules: [at('app.tsx')] },
      {
        initial: false,
        files: ['js/720.bb.js', 'css/720.aa.css', 'js/720.bb.js.LICENSE.txt'],
        modules: [
          { modules: [at('features/home/index.tsx'), at('features/home/home-content.tsx')] },
        ],
      },
      {
        initial: false,
        files: ['js/655.dd.js', 'css/655.cc.css'],
        modules: [at('features/enrollment/index.tsx')],
      },
      {
        initial: false,
        files: ['js/169.ee.js'],
        modules: [{ resource: '/app/node_modules/x.js' }],
      },
    ]);
    expect(html).toContain(JSON.stringify(FILES));
    expect(html).toMatch(/^<head><title>x<\/title><script>.*<\/script><\/head>$/);
  });
});

describe('the page files of a page whose chunk needs shared chunks', () => {
  it('name the shared chunks with the page chunk, so all of them are asked for at once', () => {
    const html = built([
      { initial: true, files: ['js/app.00.js'], modules: [at('app.tsx')] },
      {
        initial: false,
        files: ['js/720.bb.js', 'css/720.aa.css'],
        modules: [at('features/home/index.tsx')],
      },
      {
        initial: false,
        shared: true,
        files: ['js/component-runtime.ff.js'],
        modules: [{ resource: '/app/node_modules/@stencil/core/internal/client/index.js' }],
      },
    ]);
    const files = {
      '/features/home/index': [
        './css/720.aa.css',
        './js/720.bb.js',
        './js/component-runtime.ff.js',
      ],
    };
    expect(html).toContain(JSON.stringify(files));
  });
});

describe('the early answers script of index.html', () => {
  const page = window as unknown as { fetch?: unknown; __earlyAnswers?: Record<string, unknown> };

  afterEach(() => {
    delete page.fetch;
    delete page.__earlyAnswers;
  });

  function run(urls: string[], routes?: string[]) {
    const gets = urls.map((url) => (routes ? { url, routes } : { url }));
    // eslint-disable-next-line no-new-func
    new Function(earlyAnswersScript(gets, '/features/home/index'))();
  }

  const answer = (status: number, json: () => Promise<unknown>, retryAfter: string | null) => ({
    status,
    json,
    headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : null) },
  });

  it('asks for each address and leaves a promise of its status, Retry-After and body', async () => {
    const fetch = jest.fn(() =>
      Promise.resolve(answer(200, () => Promise.resolve({ ok: true }), null)),
    );
    page.fetch = fetch;
    run(['/gateway/config']);
    expect(fetch).toHaveBeenCalledWith('/gateway/config', { credentials: 'same-origin' });
    await expect(page.__earlyAnswers?.['/gateway/config']).resolves.toEqual({
      status: 200,
      retryAfter: null,
      body: { ok: true },
    });
  });

  it('keeps the status of an answer that is not JSON, and null for no answer', async () => {
    page.fetch = jest
      .fn()
      .mockReturnValueOnce(
        Promise.resolve(answer(503, () => Promise.reject(new SyntaxError('html')), '30')),
      )
      .mockReturnValueOnce(Promise.reject(new TypeError('offline')));
    run(['/a', '/b']);
    await expect(page.__earlyAnswers?.['/a']).resolves.toEqual({
      status: 503,
      retryAfter: '30',
      body: null,
    });
    await expect(page.__earlyAnswers?.['/b']).resolves.toBeNull();
  });

  it("asks for a page's own answers only when the address opens that page", () => {
    const fetch = jest.fn(() => Promise.resolve(answer(200, () => Promise.resolve([]), null)));
    page.fetch = fetch;
    const registration = ['/features/enrollment/index'];
    run(['/gateway/materials'], registration);
    expect(fetch).not.toHaveBeenCalled();
    window.history.replaceState(null, '', '#/features/enrollment/index?draft=d-1');
    run(['/gateway/materials'], registration);
    window.history.replaceState(null, '', '#');
    expect(fetch).toHaveBeenCalledWith('/gateway/materials', { credentials: 'same-origin' });
  });

  it('asks for nothing in a webview without fetch', () => {
    run(['/gateway/config']);
    expect(page.__earlyAnswers).toBeUndefined();
  });

  it('is written into index.html before the preload script when the build asks early', () => {
    const html = built(
      [{ initial: false, files: ['js/720.bb.js'], modules: [at('features/home/index.tsx')] }],
      [{ url: '/gateway/config' }],
    );
    expect(html.indexOf('__earlyAnswers')).toBeGreaterThan(0);
    expect(html.indexOf('__earlyAnswers')).toBeLessThan(html.indexOf("l.rel='preload'"));
  });
});
