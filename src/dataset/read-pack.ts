import { DatasetError } from './dataset-error';
import { fold } from '../matching/fold';
import type { ActorKind } from '../matching/types';
import { readIdentities, readNumbers } from './read-figure-words';
import type { LanguageData, SummitPhraseSpec } from '../matching/language-data';
import type { LanguagePack } from './language-pack';
import { summitPattern } from '../matching/summit-pattern';

/** The folder of the language packs, relative to the project root. */
export const PACKS_DIR = 'src/languages/packs';

/** An actor of the dataset, as a pack is checked against it. */
export interface PackActor {
  id: string;
  kind: ActorKind;
  aliases: readonly string[];
}

/**
 * Checks the pack in `file` (parsed JSON) against the dataset's `actors` and compiles it for
 * the engine. Every field must have its type; `lang` a lowercase primary subtag matching the
 * file's name; every alias a non-empty string of a known actor, not one of the actor's own
 * names already (in any case; but the first, the name shown, may be), and not another actor's; each summit pattern must use a slot.
 * A fault is a DatasetError naming the file, the entry and the reason: the build stops.
 */
export function readPack(
  file: string,
  json: unknown,
  actors: readonly PackActor[],
  figureIds?: readonly string[],
): LanguageData {
  const fail = (entry: string, reason: string): never => {
    throw new DatasetError(file, entry, reason);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('-', 'not an object');
  const pack = json as Partial<LanguagePack>;
  const strings = (name: string, value: unknown, empty = false): string[] => {
    if (!Array.isArray(value)) fail(name, 'must be a list of strings');
    const list = value as unknown[];
    if (!empty && list.length === 0) fail(name, 'must not be empty');
    list.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') fail(`${name}[${i}]`, 'not a word');
    });
    return list as string[];
  };
  const stem = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (typeof pack.lang !== 'string' || !/^[a-z]{2,3}$/.test(pack.lang)) {
    fail('lang', 'must be a lowercase language subtag such as "fr"');
  }
  if (pack.lang !== stem) fail('lang', `is "${pack.lang}" in a file named ${stem}.json`);
  if (typeof pack.name !== 'string' || pack.name === '') fail('name', 'missing');
  if (typeof pack.figures !== 'boolean') fail('figures', 'must be true or false');
  if (pack.longerNames !== undefined && typeof pack.longerNames !== 'boolean') {
    fail('longerNames', 'must be true or false');
  }
  const gate = strings('gate', pack.gate);
  gate.forEach((word, i) => {
    if (!/^\p{Ll}+$/u.test(word)) fail(`gate[${i}]`, 'must be lowercase letters');
  });
  const detect = strings('detect', pack.detect);
  const suffixes = strings('suffixes', pack.suffixes ?? [], true);
  const summit = pack.summit as Partial<SummitPhraseSpec> | undefined;
  if (typeof summit !== 'object' || summit === null) fail('summit', 'missing');
  const spec = {
    places: strings('summit.places', summit!.places),
    events: strings('summit.events', summit!.events),
    patterns: strings('summit.patterns', summit!.patterns),
  };
  spec.patterns.forEach((pattern, i) => {
    if (!/\{(place|event)\}/.test(pattern)) fail(`summit.patterns[${i}]`, 'uses no slot');
    if (/\{(?!place\}|event\})/.test(pattern)) fail(`summit.patterns[${i}]`, 'unknown slot');
  });
  try {
    new RegExp(summitPattern(spec), 'giu');
  } catch (error) {
    fail('summit', `does not make a pattern: ${(error as Error).message}`);
  }
  const aliases = readAliases(pack.aliases, actors, fail, strings);
  const dates = pack.dates === undefined ? undefined : readDates(pack.dates, fail, strings);
  const numbers = pack.numbers === undefined ? undefined : readNumbers(pack.numbers, fail, strings);
  if (pack.figures && numbers === undefined) fail('numbers', 'missing: "figures" is true');
  const identities =
    pack.identities === undefined
      ? undefined
      : readIdentities(pack.identities, figureIds, fail, strings);
  return {
    lang: pack.lang!,
    figures: pack.figures!,
    ...(numbers ? { numbers } : {}),
    ...(identities ? { identities } : {}),
    longerNames: pack.longerNames ?? true,
    suffixes,
    detect,
    aliases,
    ...(dates ? { dates } : {}),
    summit: spec,
  };
}

function readDates(
  value: unknown,
  fail: (entry: string, reason: string) => never,
  strings: (name: string, value: unknown, empty?: boolean) => string[],
): NonNullable<LanguageData['dates']> {
  const dates = value as Partial<NonNullable<LanguagePack['dates']>>;
  if (typeof dates !== 'object' || dates === null) fail('dates', 'must be an object');
  if (typeof dates.capitalised !== 'boolean') fail('dates.capitalised', 'must be true or false');
  if (dates.monthFirst !== undefined && typeof dates.monthFirst !== 'boolean') {
    fail('dates.monthFirst', 'must be true or false');
  }
  const months = Object.entries(dates.months ?? {});
  if (months.length < 12) fail('dates.months', 'must name the twelve months');
  for (const [word, month] of months) {
    if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
      fail(`dates.months.${word}`, 'must be a month number, 1 to 12');
    }
  }
  const named = new Set(months.map(([, month]) => month));
  if (named.size !== 12) fail('dates.months', 'must name each of the twelve months');
  return {
    months: months.map(([word, month]) => [fold(word), month as number] as const),
    capitalised: dates.capitalised!,
    daySuffixes: strings('dates.daySuffixes', dates.daySuffixes ?? [], true),
    monthFirst: dates.monthFirst ?? false,
  };
}

function readAliases(
  value: unknown,
  actors: readonly PackActor[],
  fail: (entry: string, reason: string) => never,
  strings: (name: string, value: unknown) => string[],
): LanguageData['aliases'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('aliases', 'must map actor ids to lists of names');
  }
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const owner = new Map<string, string>();
  for (const actor of actors) for (const alias of actor.aliases) owner.set(fold(alias), actor.id);
  return Object.entries(value as Record<string, unknown>).map(([id, names]) => {
    const actor = byId.get(id) ?? fail(`aliases.${id}`, 'no actor of the dataset has this id');
    const list = strings(`aliases.${id}`, names);
    list.forEach((alias, i) => {
      const claimed = owner.get(fold(alias));
      // The first name is the one shown, which may be one the reports use too.
      if (claimed === id && i > 0) {
        fail(`aliases.${id}[${i}]`, `"${alias}" is already one of its names`);
      }
      if (claimed && claimed !== id) {
        fail(`aliases.${id}[${i}]`, `"${alias}" already names ${claimed}`);
      }
      owner.set(fold(alias), id);
    });
    return { id, kind: actor.kind, aliases: list };
  });
}
