import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURATED_DIR, CURATED_KEYS } from '../../../src/dataset/curated-types';
import { formatCurated, sortById } from '../../../src/dataset/format-curated';
import { ROOT } from './real-dataset';

const read = async (key: string) => {
  const file = path.join(ROOT, CURATED_DIR, `${key}.json`);
  return { file, text: await readFile(file, 'utf8') };
};

describe.each(CURATED_KEYS)('curated/%s.json', (key) => {
  it('parses, then formats back to the same bytes', async () => {
    const { file, text } = await read(key);
    expect(await formatCurated(JSON.parse(text), file)).toBe(text);
  });

  it('is sorted by id, with unique ids', async () => {
    const entries = JSON.parse((await read(key)).text) as { id: string }[];
    const ids = entries.map((entry) => entry.id);
    expect(ids).toEqual(sortById(entries).map((entry) => entry.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no stray whitespace in any string', async () => {
    const strings: string[] = [];
    JSON.parse((await read(key)).text, (_, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.filter((s) => s.trim() !== s || / {2}/.test(s))).toEqual([]);
  });
});
