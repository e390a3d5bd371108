import path from 'node:path';
import type { Compiler, Module } from 'webpack';

/** A module's own source file, and those of the modules webpack concatenated into it. */
function resourcesOf(module: Module): string[] {
  const own = (module as { resource?: string }).resource;
  const inner = (module as { modules?: Module[] }).modules ?? [];
  return [...(own ? [own] : []), ...inner.flatMap(resourcesOf)];
}

/** The page in the address (hash routing), as index.html's scripts read it: a JS expression. */
function routeInAddress(firstRoute: string): string {
  return `location.hash.replace(/^#/,'').split('?')[0]||${JSON.stringify(firstRoute)}`;
}

/**
 * The script index.html runs first: it reads the page from the URL (hash routing) and asks for
 * that page's chunk and stylesheet at once, while the app's bundle is still on its way. Without
 * it the page's code is found only after the bundle has arrived and run: one more round trip
 * and download, one after the other, before anything of the page can show.
 */
export function preloadScript(files: Record<string, string[]>, firstRoute: string): string {
  return `(function(f){var r=${routeInAddress(firstRoute)};(f[r]||[]).forEach(function(u){var l=document.createElement('link');l.rel='preload';l.setAttribute('as',/\\.css$/.test(u)?'style':'script');l.href=u;document.head.appendChild(l)})})(${JSON.stringify(files)})`;
}

/** A public gateway GET index.html sends early: on every page, or only on `routes`. */
export interface EarlyGet {
  url: string;
  routes?: string[];
}

/**
 * The script index.html runs before the preloads: it asks for the public gateway answers the
 * page in the URL needs first (the season's windows everywhere, the materials catalogue on the
 * registration pages) while the bundle is still on its way, and leaves the promises for the
 * app's transport (src/api/early-answers.ts), which takes each answer as its first try:
 * `{ status, retryAfter, body }` (body null when it is not JSON), or null when no answer came.
 * Old webviews without fetch ask nothing early.
 */
export function earlyAnswersScript(gets: EarlyGet[], firstRoute: string): string {
  return `(function(a){if(!window.fetch||!window.Promise)return;var r=${routeInAddress(firstRoute)};var e=window.__earlyAnswers={};a.forEach(function(g){if(g.routes&&g.routes.indexOf(r)<0)return;e[g.url]=fetch(g.url,{credentials:'same-origin'}).then(function(r){function k(b){return{status:r.status,retryAfter:r.headers.get('retry-after'),body:b}}return r.json().then(k,function(){return k(null)})},function(){return null})})})(${JSON.stringify(gets)})`;
}

/**
 * Writes into index.html, for every page of the app, which JS and CSS files show it (the chunk
 * holding the page's own module), and the script above that preloads the one in the URL.
 */
export class PreloadPagePlugin {
  constructor(
    private readonly options: {
      sourceRoot: string;
      routes: string[];
      publicPath: string;
      /** Public gateway GETs to send from index.html (none where a mock worker answers). */
      earlyGets: EarlyGet[];
    },
  ) {}

  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PreloadPagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin has written index.html (OPTIMIZE_INLINE).
        { name: 'PreloadPagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const html = compilation.getAsset('index.html');
          if (!html) return;
          const byResource = new Map(
            this.options.routes.map((route) => [
              path.join(this.options.sourceRoot, `${route.replace(/^\//, '')}.tsx`),
              route,
            ]),
          );
          const files: Record<string, string[]> = {};
          for (const chunk of compilation.chunks) {
            if (chunk.canBeInitial()) continue;
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              for (const resource of resourcesOf(module)) {
                const route = byResource.get(resource);
                if (route && !files[route]) {
                  // The page's chunk and the shared chunks loaded with it (its chunk group).
                  const group = [...chunk.groupsIterable].flatMap((g) => g.chunks);
                  files[route] = [...new Set(group.flatMap((c) => [...c.files]))]
                    .filter((file) => /\.(js|css)$/.test(file))
                    .sort()
                    .map((file) => `${this.options.publicPath}${file}`);
                }
              }
            }
          }
          // The first page is the one an address without a route opens (app.config's first).
          const [firstRoute = ''] = this.options.routes;
          const early = this.options.earlyGets.length
            ? `<script>${earlyAnswersScript(this.options.earlyGets, firstRoute)}</script>`
            : '';
          const script = `${early}<script>${preloadScript(files, firstRoute)}</script>`;
          const text = html.source.source().toString();
          compilation.updateAsset(
            'index.html',
            new sources.RawSource(text.replace('</head>', `${script}</head>`)),
          );
        },
      );
    });
  }
}
