import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

/** A file of a build that the oldest supported webviews would refuse to parse. */
export interface SyntaxProblem {
  file: string;
  message: string;
  excerpt: string;
}

function javaScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return javaScriptFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

/**
 * Parses every JavaScript file of a build as ES2017, the newest syntax that both Chrome 61 and
 * Safari on iOS 11 parse (object spread, `?.`, `??`, `catch {}` and regular expression look-behind
 * or named groups are later). A file that fails here leaves an old phone on a blank page.
 */
export function findNewerSyntax(buildFolder: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  for (const file of javaScriptFiles(buildFolder)) {
    const source = readFileSync(file, 'utf8');
    try {
      parse(source, { ecmaVersion: 2017, sourceType: 'script' });
    } catch (error) {
      const position = (error as { pos?: number }).pos ?? 0;
      problems.push({
        file: path.relative(buildFolder, file),
        message: (error as Error).message,
        excerpt: source.slice(Math.max(0, position - 60), position + 60),
      });
    }
  }
  return problems;
}
