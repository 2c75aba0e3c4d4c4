import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Fewer pages (two fixtures, 20k and 100k words, live, unrelated) for CI. */
  quick: boolean;
  /** A folder of real pages to add, each forced on (`--pages DIR`). */
  pagesDir?: string;
  /** Alternating repeats per page (default 5; real pages 1 unless among the largest). */
  repeats: number;
  /** Cap on one baseline run, ms; a run stopped there is reported as "> cap". */
  capMs: number;
  /** Only pages whose name contains one of these (`--only a,b`, or `--only` repeated). */
  only?: string[];
  /** Where the JSON goes. */
  out: string;
  /** Measure the wrapped renderer (mark.js) instead of the painted default (`--wrapped`). */
  wrapped: boolean;
}

/** What `npm run bench` prints, with status 2, for an argument it does not take. */
export const USAGE =
  'usage: npm run bench -- [--quick] [--pages DIR] [--only NAME[,NAME…]] [--repeats N] [--cap SECONDS] [--out FILE] [--wrapped]\n';

/** A bad command line: the message goes before the usage. */
export class UsageError extends Error {}

/**
 * Parses `--quick`, `--pages DIR`, `--only NAME[,NAME…]` (repeatable), `--repeats N`,
 * `--cap SECONDS`, `--out FILE`, `--wrapped`. Throws a UsageError for an unknown flag, a missing value or
 * a count that is not a positive number.
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean' },
        pages: { type: 'string' },
        only: { type: 'string', multiple: true },
        repeats: { type: 'string' },
        cap: { type: 'string' },
        out: { type: 'string' },
        wrapped: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const quick = values.quick ?? false;
  const positive = (flag: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${flag} takes a positive number`);
    return n;
  };
  const repeats = positive('repeats', values.repeats, 5);
  if (!Number.isInteger(repeats)) throw new UsageError('--repeats takes a whole number');
  const only = values.only?.flatMap((o) => o.split(',')).filter(Boolean);
  return {
    quick,
    ...(values.pages ? { pagesDir: values.pages } : {}),
    ...(only?.length ? { only } : {}),
    repeats,
    capMs: positive('cap', values.cap, quick ? 10 : 30) * 1000,
    out: values.out ?? 'tests/.artifacts/bench.json',
    wrapped: values.wrapped ?? false,
  };
}
