import { build } from 'esbuild';
import path from 'node:path';
import type { MatcherData } from '../../src/matching/matcher-data';
import { newBenchPage, type BenchBrowsers } from './browsers';
import type { StageTimes } from './stages/entry';

let bundled: Promise<string> | undefined;

/** The product's pass (stages/entry.ts) bundled for the page, built once per run. */
function stagesScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.resolve('tests/bench/stages/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__summitStages',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/**
 * Where Summit Lens's time goes on a page: the same modules the content script runs, bundled
 * and run stage by stage in the page (browser without the extension; cold, like a fresh page).
 */
export async function measureStages(
  b: BenchBrowsers,
  url: string,
  data: MatcherData,
): Promise<StageTimes | undefined> {
  const tab = await newBenchPage(b.plain);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await tab.addScriptTag({ content: await stagesScript() });
    return await tab.evaluate(
      (json) =>
        (
          window as unknown as { __summitStages: { runStages(d: string): Promise<StageTimes> } }
        ).__summitStages.runStages(json),
      JSON.stringify(data),
    );
  } catch {
    return undefined;
  } finally {
    await tab.close();
  }
}
