/**
 * The labelled corpus (README.md): each case's page and what it should give, read and
 * checked. A malformed case is an error naming its file, never a silent skip.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A figure of a case's story and the verdict it should get. */
export interface ExpectedFigure {
  text: string;
  figure?: string;
  status: 'agrees' | 'disputed' | 'none';
}

/** One case of the corpus. */
export interface CorpusCase {
  name: string;
  html: string;
  style: string;
  relevant: boolean;
  nearMiss: boolean;
  actors: readonly string[];
  figures: readonly ExpectedFigure[];
  /** The page's language (the JSON's `lang`; default `en`). */
  lang: string;
}

/** Where the corpus's pages are. */
export const CORPUS_DIR = path.resolve('tests/corpus/pages');

const STATUSES = new Set(['agrees', 'disputed', 'none']);

function fail(file: string, reason: string): never {
  throw new Error(`${file}: ${reason}`);
}

/** Reads and checks one case's JSON. */
function readCase(dir: string, name: string): CorpusCase {
  const file = path.join(dir, `${name}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (typeof data.relevant !== 'boolean') fail(file, '"relevant" must be true or false');
  if (typeof data.nearMiss !== 'boolean') fail(file, '"nearMiss" must be true or false');
  if (!Array.isArray(data.actors) || data.actors.some((id) => typeof id !== 'string')) {
    fail(file, '"actors" must be a list of actor ids');
  }
  if (!Array.isArray(data.figures)) fail(file, '"figures" must be a list');
  if (data.lang !== undefined && (typeof data.lang !== 'string' || !/^[a-z]{2}$/.test(data.lang))) {
    fail(file, '"lang" must be a language code such as "fr"');
  }
  const figures = (data.figures as Record<string, unknown>[]).map((figure, i) => {
    if (typeof figure.text !== 'string' || !STATUSES.has(String(figure.status))) {
      fail(file, `figures[${i}] needs a "text" and a status (agrees, disputed or none)`);
    }
    if (figure.status !== 'none' && typeof figure.figure !== 'string') {
      fail(file, `figures[${i}] has a verdict but no "figure" id`);
    }
    return figure as unknown as ExpectedFigure;
  });
  return {
    name,
    html: readFileSync(path.join(dir, `${name}.html`), 'utf8'),
    style: typeof data.style === 'string' ? data.style : 'other',
    relevant: data.relevant,
    nearMiss: data.nearMiss,
    actors: data.actors as string[],
    figures,
    lang: typeof data.lang === 'string' ? data.lang : 'en',
  };
}

/** Every case of `dir` (an `.html` with its `.json`), sorted by name; `only` filters by name. */
export function readCorpus(dir = CORPUS_DIR, only?: string): CorpusCase[] {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .filter((name) => only === undefined || name.includes(only))
    .sort();
  return names.map((name) => readCase(dir, name));
}
