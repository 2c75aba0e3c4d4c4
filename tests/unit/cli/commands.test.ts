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
  it('prints only the summary without --out, and the JSON to stdout with --out -', async () => {
    const alone = await run('dataset.ts', []);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toMatch(/5 reports/);
    const piped = await run('dataset.ts', ['--out', '-']);
    expect((JSON.parse(piped.stdout) as Dataset).reports).toHaveLength(5);
  }, 30_000);

  it.each([
    [['--bogus'], 2, /usage: npm run dataset/],
    [['--out', '/no/such/folder/x.json'], 1, /^dataset: ENOENT/m],
  ])(
    'answers %j with status %i and one plain line',
    async (args, code, message) => {
      const failed = await run('dataset.ts', args).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed).toMatchObject({ code });
      expect((failed as { stderr: string }).stderr).toMatch(message);
      expect((failed as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    },
    30_000,
  );

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
      '<html><script>Putin()</script><p>Zelensky &amp; Macron: 26 countries pledged troops.</p></html>',
    ],
    ['page.txt', 'Zelensky & Macron: 26 countries pledged troops.'],
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
      const { stdout } = await run('scan.ts', [file, '--json', '--all']);
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

  it('shows only figures with a verdict unless asked for --all', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'summit-')), 'page.txt');
    await writeFile(file, 'It serves 4 people; 26 countries pledged troops.');
    const ids = async (args: string[]) =>
      (JSON.parse((await run('scan.ts', [file, '--json', ...args])).stdout) as Match[]).map(
        (m) => m.id,
      );
    expect(await ids([])).toEqual(['countries-committed']);
    expect(await ids(['--all'])).toEqual(['figure:people:4', 'countries-committed']);
  }, 30_000);

  it.each([
    ['an empty file', Buffer.alloc(0), /is empty/],
    [
      'a binary file',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0x24, 0x38, 0x32, 0x35]),
      /binary/,
    ],
    ['a file that is not UTF-8', Buffer.from([0x50, 0x61, 0x72, 0x69, 0x73, 0xe9, 0x20]), /UTF-8/],
  ])(
    'says what is wrong with %s, without a stack trace',
    async (_, bytes, message) => {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'summit-')), 'page.txt');
      await writeFile(file, bytes);
      const failed = await run('scan.ts', [file]).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed).toMatchObject({ code: 1 });
      const { stderr } = failed as { stderr: string };
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
    30_000,
  );

  it('answers an unknown flag with its usage and status 2', async () => {
    const failed = await run('scan.ts', ['--bogus', 'x']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/usage: npm run scan/);
  }, 30_000);
});
