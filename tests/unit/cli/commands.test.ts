import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset/schema';
import type { Match } from '../../../src/matching';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) =>
  promisify(execFile)(TSX, [path.join(ROOT, 'src/cli', script), ...args], { cwd: ROOT });

describe('npm run dataset', () => {
  it('writes the dataset to --out and a summary to stderr', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'summit-')), 'dataset.json');
    const { stdout, stderr } = await run('dataset.ts', ['--out', out]);
    const dataset = JSON.parse(await readFile(out, 'utf8')) as Dataset;
    expect(stdout).toBe('');
    expect(dataset.reports).toHaveLength(5);
    for (const line of [
      /5 reports: afp, dated-2025-09-04, islamabad-paris, post-news, unsigned/,
      new RegExp(`${dataset.actors.length} actors: \\d+ person, \\d+ country`),
      new RegExp(`${dataset.figures.length} figures`),
      new RegExp(`${dataset.quotes.length} quotes`),
      new RegExp(`${dataset.mentions.length} mentions`),
      new RegExp(`${dataset.disagreements.length} disagreements`),
      /0 uncovered tokens/,
    ]) {
      expect(stderr).toMatch(line);
    }
  }, 30_000);
});

describe('npm run scan', () => {
  it.each([
    [
      'page.html',
      '<html><script>Putin()</script><p>Zelensky &amp; Macron: 26 countries pledged.</p></html>',
    ],
    ['page.txt', 'Zelensky & Macron: 26 countries pledged.'],
  ])(
    'finds actors and figures in %s',
    async (name, content) => {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'summit-')), name);
      await writeFile(file, content);
      const { stdout } = await run('scan.ts', [file, '--json']);
      const matches = JSON.parse(stdout) as Match[];
      expect(matches.map((m) => [m.id, m.start])).toEqual([
        ['volodymyr-zelensky', 0],
        ['emmanuel-macron', 11],
        ['countries-committed', 19],
      ]);
    },
    30_000,
  );

  it.each([
    ['a recipe', 'Serves 4 people. Two people can share it; it costs $12 and takes 35 minutes.'],
    [
      'a sports report',
      'Paris Saint-Germain beat Lens 3-1 before 47,000 people; six players from 26 countries.',
    ],
    [
      'a budget story',
      'The council approved $825 million for schools; 35 leaders of unions and 2 members objected.',
    ],
  ])(
    'flags nothing as disputed in %s',
    async (_, text) => {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'summit-')), 'page.txt');
      await writeFile(file, text);
      const { stdout } = await run('scan.ts', [file, '--json']);
      const figures = (JSON.parse(stdout) as Match[]).filter((m) => m.kind === 'figure');
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.filter((m) => m.kind === 'figure' && m.status !== 'unknown')).toEqual([]);
    },
    30_000,
  );

  it('prints a table by default', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'summit-')), 'page.txt');
    await writeFile(file, 'Peskov spoke.');
    const { stdout } = await run('scan.ts', [file]);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'kind    id             text    offset  status',
      'person  dmitry-peskov  Peskov  0',
    ]);
  }, 30_000);
});
