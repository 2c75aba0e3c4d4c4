import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = path.resolve('src/matching');
const files = readdirSync(ENGINE).filter((name) => name.endsWith('.ts'));
/** A file's code, its comments left out. */
const code = (name: string) =>
  readFileSync(path.join(ENGINE, name), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

describe('the engine', () => {
  it.each(files)('%s names no language and branches on none: the packs say', (name) => {
    const text = code(name);
    expect(text).not.toMatch(/english/i);
    expect(text).not.toMatch(/\blang(uage)?\s*[!=]==?\s*['"`]/);
    expect(text).not.toMatch(/['"`](en|fr|de)['"`]/);
  });
});
