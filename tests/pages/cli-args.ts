/** Options of `npm run test:pages`. */
export interface PagesArgs {
  /** Folder of saved pages; undefined when not given. */
  dir?: string;
  /** Where to write the JSON counts. */
  json: string;
  /** Pages checked at once. */
  concurrency: number;
  /** Time bound per page, in milliseconds. */
  timeoutMs: number;
  /** Only pages whose file name contains this. */
  only?: string;
}

const USAGE =
  'usage: npm run test:pages -- DIR [--json FILE] [--concurrency N] [--timeout MS] [--only TEXT]';

/** Parses the runner's arguments; throws the usage on anything unknown. */
export function parseArgs(argv: readonly string[]): PagesArgs {
  const args: PagesArgs = {
    json: 'tests/.artifacts/pages.json',
    concurrency: 3,
    timeoutMs: 15_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--json') args.json = value();
    else if (arg === '--concurrency') args.concurrency = positive(arg, value());
    else if (arg === '--timeout') args.timeoutMs = positive(arg, value());
    else if (arg === '--only') args.only = value();
    else if (arg.startsWith('-') || args.dir !== undefined) throw new Error(USAGE);
    else args.dir = arg;
  }
  return args;
}

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} wants a positive integer\n${USAGE}`);
  return n;
}
