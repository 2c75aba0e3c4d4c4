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
  /** Only pages whose name contains this (for looking at one page). */
  only?: string;
  /** Where the JSON goes. */
  out: string;
}

/** Parses `--quick`, `--pages DIR`, `--only NAME`, `--repeats N`, `--cap SECONDS`, `--out FILE`. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const pagesDir = value('--pages');
  const only = value('--only');
  return {
    quick,
    ...(pagesDir ? { pagesDir } : {}),
    ...(only ? { only } : {}),
    repeats: Number(value('--repeats') ?? 5),
    capMs: Number(value('--cap') ?? (quick ? 10 : 30)) * 1000,
    out: value('--out') ?? 'tests/.artifacts/bench.json',
  };
}
