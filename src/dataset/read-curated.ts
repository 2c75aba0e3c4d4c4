import {
  CURATED_DIR,
  type Curated,
  type CuratedActor,
  type CuratedDisagreement,
  type CuratedEvent,
  type CuratedFigure,
  type CuratedIgnore,
  type CuratedKey,
  type CuratedQuote,
  type CuratedReport,
} from './curated-types';
import type { Fields } from './fields';
import { readEntries } from './read-entries';
import { ACTOR_KINDS, type FigureIdentity } from '../matching/types';
import { DISAGREEMENT_KINDS, FURNITURE_KINDS, QUALIFIERS, UNITS } from './vocabulary';

/** The path of a curated file, as errors name it. */
export function curatedFile(key: CuratedKey): string {
  return `${CURATED_DIR}/${key}.json`;
}

/**
 * Checks the shape of every curated file and returns them typed. Only the shape: whether
 * the excerpts are in the reports, and ids cross-refer, is checked by the build.
 */
export function readCurated(raw: Readonly<Record<CuratedKey, unknown>>): Curated {
  return {
    reports: readEntries(curatedFile('reports'), raw.reports, readReport),
    actors: readEntries(curatedFile('actors'), raw.actors, readActor),
    figures: readEntries(curatedFile('figures'), raw.figures, readFigure),
    quotes: readEntries(curatedFile('quotes'), raw.quotes, readQuote),
    disagreements: readEntries(curatedFile('disagreements'), raw.disagreements, readDisagreement),
    ignore: readEntries(curatedFile('ignore'), raw.ignore, readIgnore),
    event: readEntries(curatedFile('event'), raw.event, readEvent),
  };
}

function readReport(f: Fields): CuratedReport {
  const report: CuratedReport = {
    id: f.id(),
    file: f.string('file'),
    source: f.string('source'),
    furniture: f.objects('furniture').map((item) => {
      const kind = item.oneOf('kind', FURNITURE_KINDS);
      const excerpt = item.string('excerpt');
      const within = item.optionalString('within');
      item.done();
      return within === undefined ? { kind, excerpt } : { kind, excerpt, within };
    }),
  };
  const date = f.optionalString('date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) f.fail(`"date" must be yyyy-mm-dd`);
  return date === undefined ? report : { ...report, date };
}

function readActor(f: Fields): CuratedActor {
  const actor = {
    id: f.id(),
    kind: f.oneOf('kind', ACTOR_KINDS),
    name: f.string('name'),
    aliases: f.strings('aliases'),
    description: f.string('description'),
  };
  const source = f.object('source');
  const citation = source.citation();
  source.done();
  return { ...actor, source: citation };
}

function readIdentity(f: Fields): FigureIdentity {
  const identity: { -readonly [K in keyof FigureIdentity]: FigureIdentity[K] } = {
    cues: f.stringLists('cues'),
  };
  for (const key of ['nouns', 'modifiers', 'excludes'] as const) {
    const words = f.optionalStrings(key);
    if (words !== undefined) identity[key] = words;
  }
  f.done();
  return identity;
}

function readFigure(f: Fields): CuratedFigure {
  return {
    id: f.id(),
    counts: f.string('counts'),
    unit: f.oneOf('unit', UNITS),
    value: f.number('value'),
    identity: readIdentity(f.object('identity')),
    statements: f.objects('statements', 1).map((item) => {
      const statement = {
        ...item.citation(),
        value: item.number('value'),
        qualifier: item.oneOf('qualifier', QUALIFIERS),
      };
      item.done();
      return statement;
    }),
  };
}

function readQuote(f: Fields): CuratedQuote {
  const quote: CuratedQuote = { id: f.id(), speakerId: f.id('speakerId'), ...f.citation() };
  const speaker = f.optionalString('speaker');
  return speaker === undefined ? quote : { ...quote, speaker };
}

function readDisagreement(f: Fields): CuratedDisagreement {
  return {
    id: f.id(),
    kind: f.oneOf('kind', DISAGREEMENT_KINDS),
    itemIds: f.strings('itemIds'),
    summary: f.string('summary'),
    sides: f.objects('sides', 1).map((item) => {
      const side = item.citation();
      item.done();
      return side;
    }),
  };
}

function readIgnore(f: Fields): CuratedIgnore {
  const entry: CuratedIgnore = {
    id: f.id(),
    reason: f.string('reason'),
    words: f.list('words').length > 0 ? f.strings('words') : [],
    passages: f.objects('passages').map((item) => {
      const passage = item.citation();
      item.done();
      return passage;
    }),
  };
  if (entry.words.length === 0 && entry.passages.length === 0) {
    f.fail('an ignore entry needs "words" or "passages"');
  }
  return entry;
}

function readEvent(f: Fields): CuratedEvent {
  return {
    id: f.id(),
    date: f.id('date'),
    ukraine: f.strings('ukraine'),
    summit: f.strings('summit'),
    context: f.strings('context'),
  };
}
