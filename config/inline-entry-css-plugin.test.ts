import type { Compiler } from 'webpack';
import { InlineEntryCssPlugin } from './inline-entry-css-plugin';

class RawSource {
  constructor(private readonly text: string) {}
  source() {
    return this.text;
  }
}

/** Runs the plugin's asset step over these emitted files, as webpack would; returns them after. */
function emit(files: Record<string, string>): Record<string, string> {
  const assets = new Map(Object.entries(files).map(([name, text]) => [name, new RawSource(text)]));
  let processAssets: (() => void) | null = null;
  const compilation = {
    hooks: {
      processAssets: { tap: (_options: unknown, step: () => void) => (processAssets = step) },
    },
    getAsset: (name: string) => (assets.has(name) ? { source: assets.get(name)! } : undefined),
    updateAsset: (name: string, source: RawSource) => assets.set(name, source),
  };
  const compiler = {
    webpack: { Compilation: { PROCESS_ASSETS_STAGE_REPORT: 5000 }, sources: { RawSource } },
    hooks: {
      thisCompilation: { tap: (_name: string, start: (c: unknown) => void) => start(compilation) },
    },
  };
  new InlineEntryCssPlugin().apply(compiler as unknown as Compiler);
  processAssets!();
  return Object.fromEntries([...assets].map(([name, source]) => [name, source.source()]));
}

const HEAD = '<script defer="defer" src="./js/app.1a2b3c4d.js"></script>';

describe('the app stylesheet in index.html', () => {
  it('is written into the page instead of linked, so the first paint waits for no request', () => {
    const out = emit({
      'index.html': `<head>${HEAD}<link href="./css/app.0f1e2d3c.css" rel="stylesheet"></head>`,
      'css/app.0f1e2d3c.css': '.page{padding:.8rem}',
      'css/720.abcdef01.css': '.card{gap:.3rem}',
    });
    expect(out['index.html']).toBe(`<head>${HEAD}<style>.page{padding:.8rem}</style></head>`);
    expect(out['index.html']).not.toContain('720.abcdef01.css');
  });

  it('stays linked when the build emitted no such file', () => {
    const page = `<head>${HEAD}<link href="./css/app.0f1e2d3c.css" rel="stylesheet"></head>`;
    expect(emit({ 'index.html': page })['index.html']).toBe(page);
  });

  it('leaves a page without an app stylesheet as it is', () => {
    const page = `<head>${HEAD}</head>`;
    expect(emit({ 'index.html': page })['index.html']).toBe(page);
  });
});
