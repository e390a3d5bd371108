import type { Compiler } from 'webpack';

/**
 * Puts the app's own stylesheet (the entry's CSS, under 1 KB gzip) into index.html as a <style>
 * instead of a <link> in <head>: a linked stylesheet holds back the first paint until it has
 * arrived, and on a slow phone network that is a whole round trip before the boot frame shows.
 * Pages' stylesheets still load with their chunks.
 */
export class InlineEntryCssPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlineEntryCssPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin has written index.html (OPTIMIZE_INLINE).
        { name: 'InlineEntryCssPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const html = compilation.getAsset('index.html');
          if (!html) return;
          const text = html.source.source().toString();
          const inlined = text.replace(
            /<link href="\.\/(css\/app\.[0-9a-f]+\.css)" rel="stylesheet">/,
            (link, file: string) => {
              const css = compilation.getAsset(file)?.source.source().toString();
              return css === undefined ? link : `<style>${css}</style>`;
            },
          );
          if (inlined !== text)
            compilation.updateAsset('index.html', new sources.RawSource(inlined));
        },
      );
    });
  }
}
