/**
 * `npm run test:pages -- DIR`: loads every saved page of DIR in headless Chromium with the
 * built extension, forces highlighting on and off, and checks that the page is left as it
 * was (see check-page.ts). Prints a table and `N passed, M failed`; exits non-zero on a
 * failure. Without DIR, or when it does not exist, prints `skipped: DIR not found` and
 * exits 0, so a checkout without the saved pages still passes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { browserTarget } from '../e2e/support/browsers';
import { openControl } from '../e2e/support/control';
import { launchBrowser, launchWithExtension } from '../e2e/support/launch';
import { serveLogged } from '../e2e/support/logged-server';
import { checkPage, type PageResult, type Rig } from './check-page';
import { parseArgs } from './cli-args';
import { listPages } from './page-list';
import { mapPool } from './pool';
import { formatHeader, formatRow, summaryLine, writeJson, writeSkippedJson } from './report';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.dir === undefined || !existsSync(args.dir)) {
    console.log(`skipped: DIR not found (${args.dir ?? 'no DIR given'})`);
    writeSkippedJson(args.json, args.dir);
    return 0;
  }
  const dir = path.resolve(args.dir);
  const pages = listPages(dir).filter((p) => args.only === undefined || p.file.includes(args.only));
  const charsets = new Map(pages.map((p) => [p.file, p.charset]));
  for (const p of pages) {
    if (p.declared && p.declared !== p.charset) {
      console.log(`note: ${p.file} declares ${p.declared} but is UTF-8; served as utf-8`);
    }
  }
  const server = await serveLogged((pathname) => {
    const file = pathname.slice(1);
    const charset = charsets.get(file);
    if (charset === undefined) return undefined;
    return {
      body: readFileSync(path.join(dir, file)),
      type: `text/html; charset=${charset}`,
    };
  });
  const chromium = browserTarget('chromium');
  const [ext, plain] = await Promise.all([launchWithExtension(chromium), launchBrowser(chromium)]);
  const control = await openControl(ext);
  const rig: Rig = { ext, plain, control, server };
  const width = Math.max(...pages.map((p) => p.file.length), 4);
  console.log(formatHeader(width));
  let results: PageResult[] = [];
  try {
    results = await mapPool(pages, args.concurrency, async (p) => {
      const result = await checkPage(rig, p.file, args.timeoutMs);
      console.log(formatRow(result, width));
      return result;
    });
  } finally {
    await control.close().catch(() => undefined);
    await Promise.all([ext.close(), plain.close()]);
    await server.close();
  }
  writeJson(args.json, dir, results);
  const line = summaryLine(results);
  console.log(line);
  return line.endsWith(' 0 failed') ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
