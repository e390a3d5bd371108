import { writeFileSync } from 'node:fs';
import type { Compiler } from 'webpack';

interface ChunkReport {
  chunk: string;
  files: string[];
  initial: boolean;
  modules: { name: string; bytes: number }[];
}

/**
 * Writes which modules each H5 chunk holds, largest first, to the file named by BUNDLE_REPORT
 * (`BUNDLE_REPORT=/tmp/chunks.json npm run build:h5`): what to split or drop when a page's JS
 * grows past its budget. Sizes are the modules' minified-before-gzip source sizes.
 */
export class ModuleSizesPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('ModuleSizesPlugin', (stats) => {
      const { chunkGraph } = stats.compilation;
      const chunks: ChunkReport[] = [...stats.compilation.chunks].map((chunk) => ({
        chunk: String(chunk.name ?? chunk.id),
        files: [...chunk.files],
        initial: chunk.canBeInitial(),
        modules: chunkGraph
          .getChunkModules(chunk)
          .map((module) => ({
            name: module.readableIdentifier(stats.compilation.requestShortener),
            bytes: module.size(),
          }))
          .sort((a, b) => b.bytes - a.bytes),
      }));
      writeFileSync(this.file, `${JSON.stringify(chunks, null, 1)}\n`);
    });
  }
}
