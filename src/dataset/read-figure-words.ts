import type { FigureWordsSpec } from '../matching/figure-words-spec';
import type { FigureIdentity } from '../matching/types';
import { QUALIFIERS, UNITS } from './vocabulary';
import type { LanguageData } from '../matching/language-data';
import { numberRecord, record, type Fail, type Strings } from './pack-values';
import { readGrammar } from './read-number-grammar';

/**
 * The checks of a pack's figure sections (`numbers`, `identities`), for read-pack.ts: each
 * fault is reported through `fail`, naming its entry.
 */

// The units a counted noun may name (a date has none) and the qualifiers a phrase may give.
const UNIT_NAMES = new Set<string>(UNITS.filter((unit) => unit !== 'date'));
const QUALIFIER_NAMES = new Set<string>(QUALIFIERS);

/** Checks a pack's figure words (`FigureWordsSpec`); a fault names its entry. */
export function readNumbers(value: unknown, fail: Fail, strings: Strings): FigureWordsSpec {
  const spec = record('numbers', value, fail);
  if (spec.decimal !== '.' && spec.decimal !== ',') fail('numbers.decimal', 'must be "." or ","');
  if (spec.groups !== undefined && !Array.isArray(spec.groups))
    fail('numbers.groups', 'must be a list');
  const groups = (spec.groups ?? []) as unknown[];
  groups.forEach((group, i) => {
    if (typeof group !== 'string' || group.length !== 1 || /[\p{L}\p{N}]/u.test(group)) {
      fail(`numbers.groups[${i}]`, 'must be one character, not a letter or digit');
    }
  });
  if (groups.includes(spec.decimal as string)) fail('numbers.groups', 'holds the decimal mark');
  const compounds = (
    Array.isArray(spec.compounds)
      ? spec.compounds
      : spec.compounds === undefined
        ? []
        : fail('numbers.compounds', 'must be a list')
  ) as unknown[];
  compounds.forEach((compound, i) => {
    const { pattern, add } = record(`numbers.compounds[${i}]`, compound, fail);
    if (typeof pattern !== 'string' || !/\{(number|tens)\}/.test(pattern)) {
      fail(`numbers.compounds[${i}].pattern`, 'must use {number} or {tens}');
    }
    if (add !== undefined && (typeof add !== 'number' || !Number.isFinite(add))) {
      fail(`numbers.compounds[${i}].add`, 'must be a number');
    }
  });
  const units = record('numbers.units', spec.units, fail);
  for (const [unit, words] of Object.entries(units)) {
    if (!UNIT_NAMES.has(unit)) fail(`numbers.units.${unit}`, 'is not a unit of the dataset');
    strings(`numbers.units.${unit}`, words);
  }
  const qualifiers = record('numbers.qualifiers', spec.qualifiers ?? {}, fail);
  for (const [phrase, qualifier] of Object.entries(qualifiers)) {
    if (!QUALIFIER_NAMES.has(qualifier as string))
      fail(`numbers.qualifiers.${phrase}`, 'unknown qualifier');
  }
  const partitive = record(
    'numbers.partitive',
    spec.partitive ?? { of: [], determiners: [] },
    fail,
  );
  const approximations =
    spec.approximations === undefined
      ? undefined
      : record('numbers.approximations', spec.approximations, fail);
  if (spec.signAfter !== undefined && typeof spec.signAfter !== 'boolean') {
    fail('numbers.signAfter', 'must be true or false');
  }
  const numbers = numberRecord('numbers.numbers', spec.numbers, fail);
  const tens = spec.tens === undefined ? undefined : numberRecord('numbers.tens', spec.tens, fail);
  const grammar =
    spec.grammar === undefined ? undefined : readGrammar(spec.grammar, numbers, tens, fail);
  const moneyScales =
    spec.moneyScales === undefined
      ? undefined
      : numberRecord('numbers.moneyScales', spec.moneyScales, fail);
  return {
    decimal: spec.decimal as ',' | '.',
    groups: groups as string[],
    numbers,
    ...(tens ? { tens } : {}),
    compounds: compounds as FigureWordsSpec['compounds'],
    ...(grammar ? { grammar } : {}),
    scales: numberRecord('numbers.scales', spec.scales ?? {}, fail, true),
    ...(moneyScales ? { moneyScales } : {}),
    signAfter: spec.signAfter === true,
    ...(approximations
      ? {
          approximations: {
            articles: strings('numbers.approximations.articles', approximations.articles),
            words: numberRecord('numbers.approximations.words', approximations.words, fail),
          },
        }
      : {}),
    halves: strings('numbers.halves', spec.halves ?? [], true),
    units: units as FigureWordsSpec['units'],
    unitLinks: strings('numbers.unitLinks', spec.unitLinks ?? [], true),
    compoundNouns: spec.compoundNouns === true,
    breaks: strings('numbers.breaks', spec.breaks ?? [], true),
    qualifiers: qualifiers as FigureWordsSpec['qualifiers'],
    partitive: {
      of: strings('numbers.partitive.of', partitive.of ?? [], true),
      determiners: strings('numbers.partitive.determiners', partitive.determiners ?? [], true),
    },
  };
}

/** Checks a pack's figure identities: known figures, lists of words, cue groups of words. */
export function readIdentities(
  value: unknown,
  figureIds: readonly string[] | undefined,
  fail: Fail,
  strings: Strings,
): NonNullable<LanguageData['identities']> {
  const known = figureIds && new Set(figureIds);
  return Object.fromEntries(
    Object.entries(record('identities', value, fail)).map(([id, given]) => {
      if (known && !known.has(id)) fail(`identities.${id}`, 'no figure of the dataset has this id');
      const identity = record(`identities.${id}`, given, fail);
      const out: Partial<FigureIdentity> = {};
      for (const [field, list] of Object.entries(identity)) {
        const name = `identities.${id}.${field}`;
        if (field === 'cues') {
          if (!Array.isArray(list) || list.length === 0) fail(name, 'must be a list of word lists');
          out.cues = (list as unknown[]).map((group, i) => strings(`${name}[${i}]`, group));
        } else if (field === 'nouns' || field === 'modifiers' || field === 'excludes') {
          out[field] = strings(name, list, field !== 'nouns');
        } else fail(name, 'unknown field (nouns, modifiers, cues, excludes)');
      }
      return [id, out];
    }),
  );
}
