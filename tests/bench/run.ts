import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDatasetFromDisk } from '../../src/dataset/build-from-disk';
import { launchBenchBrowsers } from './browsers';
import { bundleSizes } from './bundle';
import { parseOptions, USAGE, UsageError, type BenchOptions } from './options';
import { buildPageSet } from './pages/page-set';
import { measurePopup } from './popup';
import { ALIAS_REGEXP_FLAGS, aliasRegExpSource } from './regex';
import { printReport } from './report';
import { runPage } from './run-page';
import { serveBenchPages } from './server';
import { measureStages } from './stages';
import { summarizePage, type PageSummary } from './summarize';

/**
 * `npm run bench [-- --quick] [-- --pages DIR] [-- --only NAME,…]` (see USAGE): Summit Lens
 * against naive mark.js, mark.js at its best, mark.js's markRanges (per block and on the
 * whole document) and a bare painter, page by page, alternating; plus bundle sizes and popup
 * first render. Prints a table and writes tests/.artifacts/bench.json. A bad argument, or an
 * `--only` that selects no page, exits with status 2 and the usage.
 */
async function main(options: BenchOptions): Promise<void> {
  const built = await buildDatasetFromDisk(process.cwd());
  const aliases = built.matcherData.actors.flatMap((a) => a.aliases);
  const input = { aliases, source: aliasRegExpSource(aliases), flags: ALIAS_REGEXP_FLAGS };
  const realDir = options.pagesDir ? path.resolve(options.pagesDir) : undefined;
  const set = buildPageSet(options.quick, realDir);
  const { routes } = set;
  const only = options.only;
  const pages = set.pages.filter((p) => !only || only.some((o) => p.name.includes(o)));
  if (pages.length === 0) {
    const names = set.pages.map((p) => p.name).join(', ');
    throw new UsageError(`--only ${only?.join(',')} selects no page (pages: ${names})`);
  }
  const server = await serveBenchPages(routes, realDir);
  const browsers = await launchBenchBrowsers(options.wrapped);
  const started = Date.now();
  const summaries: PageSummary[] = [];
  const raw: unknown[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const real = page.group === 'real';
      const repeats = real ? 1 : options.repeats;
      const cap = real ? Math.min(options.capMs, 3000) : options.capMs;
      const runs = await runPage(browsers, server.url(page.path), page, input, repeats, cap);
      const summary = summarizePage(runs, cap);
      if (page.group === 'fixture' || page.group === 'large' || page.group === 'dom') {
        const stages = await measureStages(browsers, server.url(page.path), built.matcherData);
        if (stages) summary.stages = stages;
      }
      summaries.push(summary);
      raw.push(runs);
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      process.stderr.write(`[${secs}s] ${i + 1}/${pages.length} ${page.name}\n`);
    }
    const popup = await measurePopup(browsers, server.url(pages[0]!.path), options.repeats);
    const bundle = bundleSizes(
      path.resolve('.output/chrome-mv3'),
      built.dataset,
      built.matcherData,
    );
    const result = {
      date: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      browser: await browsers.ext.browser.version(),
      options,
      aliases: aliases.length,
      bundle,
      popup,
      pages: summaries,
      load: os.loadavg(),
      cpus: os.cpus().length,
      runs: raw,
    };
    const report = printReport(result);
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify({ ...result, goals: report.goals }, null, 1));
    process.stdout.write(report.text);
    process.stderr.write(
      `wrote ${options.out} in ${((Date.now() - started) / 1000).toFixed(0)}s\n`,
    );
  } finally {
    await browsers.close();
    await server.close();
  }
}

try {
  await main(parseOptions(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`bench: ${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
