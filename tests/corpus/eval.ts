/**
 * `npm run eval [-- --only TEXT] [--engine-only] [--json FILE]`: scores the engine (happy-dom)
 * and the built extension (headless Chromium) on the labelled corpus (README.md). Prints a
 * table per runner, its totals, and one closing line; writes the scores as JSON (default
 * `tests/.artifacts/eval.json`). Exits 1 when a bar of the precision issue is missed, 2 on
 * bad arguments.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDatasetFromDisk } from '../../src/dataset/build-from-disk';
import { runCorpusInBrowser } from './browser-run';
import { CORPUS_DIR, readCorpus, type CorpusCase } from './corpus';
import { runCorpusInEngine } from './engine-run';
import { ratio, scorePage, totalsOf, type PageResult, type PageScore, type Totals } from './score';

const USAGE = 'usage: npm run eval -- [--only TEXT] [--engine-only] [--json FILE]';

interface EvalArgs {
  only?: string;
  engineOnly: boolean;
  json: string;
}

function parseArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { engineOnly: false, json: 'tests/.artifacts/eval.json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--only') args.only = value();
    else if (arg === '--json') args.json = value();
    else if (arg === '--engine-only') args.engineOnly = true;
    else fail(`unknown argument ${arg}`);
  }
  return args;
}

function fail(reason: string): never {
  process.stderr.write(`${reason}\n${USAGE}\n`);
  process.exit(2);
}

const yes = (b: boolean) => (b ? 'yes' : 'no');

/** The runner's table: one row per page, then what went wrong on it. */
function printTable(runner: string, scores: readonly PageScore[]): void {
  console.log(`\n${runner}`);
  console.log('page | expected | judged | actors | figures right | disputed right | outside');
  for (const s of scores) {
    const mark = s.expected === s.relevant && s.figureErrors.length === 0 ? ' ' : '✗';
    console.log(
      `${mark} ${s.name} | ${yes(s.expected)} | ${s.error ? 'error' : yes(s.relevant)} | ` +
        `${s.actorsFound}/${s.actorsExpected} | ${s.attributedRight}/${s.attributed} | ` +
        `${s.disputedRight}/${s.disputed} | ${s.outside}`,
    );
    if (s.error) console.log(`    error: ${s.error}`);
    if (s.missedActors.length > 0) console.log(`    missed: ${s.missedActors.join(', ')}`);
    for (const error of s.figureErrors) console.log(`    figure ${error}`);
  }
}

/** The measures of the issue, from the totals. */
function measures(t: Totals): Record<string, string> {
  return {
    'relevance right': `${t.relevanceRight}/${t.pages}`,
    'relevance precision': ratio(t.truePositives, t.truePositives + t.falsePositives),
    'relevance recall': ratio(t.truePositives, t.truePositives + t.falseNegatives),
    'actor recall': ratio(t.actorsFound, t.actorsExpected),
    'figure attribution precision': ratio(t.attributedRight, t.attributed),
    'figure recall': ratio(t.figuresFound, t.figuresExpected),
    'disputed precision': ratio(t.disputedRight, t.disputed),
    'highlights outside the story': String(t.outside),
  };
}

/** Whether the totals meet the bars. */
function meetsBars(t: Totals): boolean {
  return (
    t.errors === 0 &&
    t.relevanceRight === t.pages &&
    t.disputedRight === t.disputed &&
    t.actorsFound === t.actorsExpected &&
    t.outside === 0
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cases = readCorpus(CORPUS_DIR, args.only);
  if (cases.length === 0) fail(`no corpus page matches ${args.only ?? ''}`);
  const { matcherData } = await buildDatasetFromDisk(process.cwd());
  const score = (results: readonly PageResult[]) =>
    results.map((result, i) => scorePage(cases[i] as CorpusCase, result));
  const runners: [string, PageScore[]][] = [];
  const engine: PageResult[] = [];
  for (const page of cases) engine.push(await runCorpusInEngine(page, matcherData));
  runners.push(['engine (happy-dom)', score(engine)]);
  if (!args.engineOnly) {
    const names = cases.map((page) => page.name);
    runners.push(['extension (Chromium)', score(await runCorpusInBrowser(CORPUS_DIR, names))]);
  }
  const report: Record<string, unknown> = { pages: cases.length };
  const lines: string[] = [];
  let ok = true;
  const languages = [...new Set(cases.map((page) => page.lang))].sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
  );
  for (const [runner, scores] of runners) {
    printTable(runner, scores);
    const byLanguage: Record<string, unknown> = { pages: scores };
    const parts: string[] = [];
    // Each language is scored and held to the bars on its own, English first.
    for (const lang of languages) {
      const own = scores.filter((_, i) => cases[i]!.lang === lang);
      const totals = totalsOf(own);
      const measured = measures(totals);
      console.log(`\n  ${runner}, ${lang} (${own.length} pages)`);
      for (const [name, value] of Object.entries(measured)) console.log(`    ${name}: ${value}`);
      byLanguage[lang] = { totals, measures: measured };
      ok &&= meetsBars(totals);
      parts.push(
        `${lang}: relevance ${measured['relevance right']}, actor recall ${measured['actor recall']}, ` +
          `attribution precision ${measured['figure attribution precision']}, figure recall ` +
          `${measured['figure recall']}, disputed precision ${measured['disputed precision']}, ` +
          `outside the story ${measured['highlights outside the story']}`,
      );
    }
    report[runner] = byLanguage;
    lines.push(`${runner}: ${parts.join('; ')}`);
  }
  mkdirSync(path.dirname(args.json), { recursive: true });
  writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  const near = cases.filter((page) => page.nearMiss).length;
  console.log(`\n${cases.length} pages (${near} near misses) · ${lines.join(' · ')}`);
  if (!ok) process.exitCode = 1;
}

await main();
