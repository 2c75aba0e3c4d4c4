import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');

/** Every TypeScript source file under `dir`, repository-relative. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const SOURCES = [...sources('src'), ...sources('entrypoints')];

describe('the house rules', () => {
  it('finds the sources it checks', () => {
    expect(SOURCES.length).toBeGreaterThan(200);
    expect(SOURCES).toContain(join('src', 'content', 'session.ts'));
  });

  it('keeps every source file within 200 lines', () => {
    const long = SOURCES.map((path) => ({
      path,
      lines: readFileSync(join(ROOT, path), 'utf8').split('\n').length - 1,
    })).filter(({ lines }) => lines > 200);
    expect(long).toEqual([]);
  });

  it('uses "lens" only in the product\'s name', () => {
    // The product's name, as prose, a CSS or message prefix, or the envelope's tag; and
    // "lens" inside another word (Zelensky, Selenskyj) is no name of ours.
    const product = /Summit Lens|summit-lens|summitLens|Summit-Lens/g;
    const stray = SOURCES.flatMap((path) =>
      readFileSync(join(ROOT, path), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${relative('.', path)}:${i + 1}`, line }))
        .filter(({ line }) => /(?<![zs]e)lens/i.test(line.replace(product, ''))),
    );
    expect(stray).toEqual([]);
  });
});
