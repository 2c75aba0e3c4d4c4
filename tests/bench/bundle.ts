import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) bytes. */
export interface Size {
  raw: number;
  gzip: number;
}

const sizeOf = (data: Buffer | string): Size => ({
  raw: Buffer.byteLength(data),
  gzip: gzipSync(data, { level: 9 }).length,
});

/**
 * An HTML entry of the build and every file it loads, transitively: its `src`/`href`
 * references, then the chunks those scripts import (static and dynamic). Paths relative to
 * `outDir`.
 */
function pageFiles(outDir: string, html: string): string[] {
  const seen = new Set<string>([html]);
  const queue = [html];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const text = readFileSync(path.join(outDir, file), 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!)
      : [...text.matchAll(/(?:from|import\()\s*"(\.{1,2}\/[^"]+)"/g)].map((m) =>
          path.posix.join(path.posix.dirname(file), m[1]!),
        );
    for (const ref of refs) {
      if (seen.has(ref) || !existsSync(path.join(outDir, ref))) continue;
      seen.add(ref);
      if (ref.endsWith('.js')) queue.push(ref);
    }
  }
  return [...seen];
}

/**
 * Sizes of the built extension (`outDir`, e.g. .output/chrome-mv3): the content script (the
 * gate every page loads), the highlighter it loads on pages that need it (highlighter.js), the
 * popup (its HTML and every chunk and style sheet it loads, the full dataset among them), the background, and the
 * dataset itself as JSON (full, and the matcher subset the content script ships).
 */
export function bundleSizes(
  outDir: string,
  dataset: unknown,
  matcherData: unknown,
): Record<string, Size> {
  const concat = (files: string[]) =>
    Buffer.concat(files.map((f) => readFileSync(path.join(outDir, f))));
  return {
    'content script': sizeOf(readFileSync(path.join(outDir, 'content-scripts/content.js'))),
    'highlighter (highlighter.js)': sizeOf(readFileSync(path.join(outDir, 'highlighter.js'))),
    'wrapping highlighter (highlighter-wrapped.js, with mark.js)': sizeOf(
      readFileSync(path.join(outDir, 'highlighter-wrapped.js')),
    ),
    popup: sizeOf(concat(pageFiles(outDir, 'popup.html'))),
    background: sizeOf(readFileSync(path.join(outDir, 'background.js'))),
    'dataset (full JSON)': sizeOf(JSON.stringify(dataset)),
    'dataset (matcher JSON)': sizeOf(JSON.stringify(matcherData)),
  };
}
