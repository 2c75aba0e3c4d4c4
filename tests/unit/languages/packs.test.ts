import matcherData from 'virtual:summit-matcher';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '@/src/dataset/dataset-error';
import { PACKS_DIR, readPack } from '@/src/dataset/read-pack';
import { createScanner } from '@/src/matching';
import gate from 'virtual:summit-gate';
import { gatePattern } from '@/src/dataset/gate-pattern';
import { summitPhrases } from '@/src/reading/summit-phrases';
import { summitPattern } from '@/src/matching/summit-pattern';

const files = readdirSync(path.resolve(PACKS_DIR)).filter((name) => name.endsWith('.json'));
const raw = (name: string) =>
  JSON.parse(readFileSync(path.resolve(PACKS_DIR, name), 'utf8')) as Record<string, unknown>;
const actors = matcherData.actors;
const languages = matcherData.languages ?? [];
const pack = (lang: string) => languages.find((each) => each.lang === lang)!;
/** The ids an actor scan of `text` in `language` finds, in order. */
const ids = (text: string, language: string) =>
  createScanner(matcherData, { language })
    .scan(text)
    .filter((m) => m.kind !== 'figure')
    .map((m) => m.id);

describe('the language packs', () => {
  it('are English, French and German, each compiled into the matcher data', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['de.json', 'en.json', 'fr.json']));
    expect(languages.map((each) => each.lang)).toEqual(['en', 'de', 'fr']);
  });

  it.each(files)('%s passes its checks, and the gate looks for its words for Ukraine', (file) => {
    const data = readPack(`${PACKS_DIR}/${file}`, raw(file), actors);
    for (const stem of data.lang ? (raw(file).gate as string[]) : []) {
      expect(gate.test(stem), stem).toBe(true);
      expect(gate.test(stem.toUpperCase()), stem).toBe(true);
    }
  });

  it('make the gate of their stems alone, each once', () => {
    const stems = new Set(files.flatMap((file) => raw(file).gate as string[]));
    expect(new Set(gate.source.split('|'))).toEqual(stems);
    expect(gate.source.split('|')).toHaveLength(stems.size);
    expect(
      gatePattern([
        ['ukrain', 'kyiv'],
        ['ukraina', 'kyiv'],
      ]),
    ).toBe('ukrain|kyiv|ukraina');
  });

  it.each([
    ['an unknown actor', { aliases: { 'no-such-actor': ['Nobody'] } }, /no actor of the dataset/],
    [
      'a name the actor already has, after its first',
      { aliases: { 'vladimir-putin': ['Vladimir Poutine', 'putin'] } },
      /already one/,
    ],
    ['a name of another actor', { aliases: { russia: ['Kremlin'] } }, /already names kremlin/],
    ['a language that is not the file', { lang: 'it' }, /in a file named fr\.json/],
    [
      'a pattern with no slot',
      { summit: { places: ['Paris'], events: ['sommet'], patterns: ['sommet'] } },
      /uses no slot/,
    ],
    ['an empty word', { detect: ['le', ' '] }, /not a word/],
    ['figures with no numbers', { numbers: undefined }, /numbers: missing/],
    [
      'a unit the dataset does not count',
      { numbers: { ...(raw('fr.json').numbers as object), units: { piscines: ['piscines'] } } },
      /numbers\.units\.piscines: is not a unit/,
    ],
    ['a decimal mark that is a letter', { numbers: { decimal: 'x' } }, /numbers\.decimal/],
    [
      'an identity of no figure',
      { identities: { 'no-such-figure': { cues: [['x']] } } },
      /no figure of the dataset/,
    ],
    [
      'an identity with an unknown field',
      { identities: { 'summit-date': { words: ['x'] } } },
      /unknown field/,
    ],
  ])('refuses %s, naming the file and the entry', (_what, change, reason) => {
    const bad = { ...raw('fr.json'), ...change };
    const figureIds = matcherData.figures.map((figure) => figure.id);
    expect(() => readPack(`${PACKS_DIR}/fr.json`, bad, actors, figureIds)).toThrow(DatasetError);
    expect(() => readPack(`${PACKS_DIR}/fr.json`, bad, actors, figureIds)).toThrow(reason);
  });

  const en = raw('en.json') as { numbers: Record<string, object>; dates: object };
  const grammar = en.numbers.grammar;
  const numbers = (change: object) => ({ numbers: { ...en.numbers, ...change } });
  it.each([
    ['figures with no numbers', { numbers: undefined }, /numbers: missing/],
    [
      'a grammar of number words past nineteen',
      numbers({ numbers: { ...en.numbers.numbers, hundred: 100 } }),
      /numbers\.numbers\.hundred: must be a whole number below 20/,
    ],
    [
      'tens that are not tens',
      numbers({ tens: { ...en.numbers.tens, 'twenty-five': 25 } }),
      /numbers\.tens\.twenty-five: must be 20, 30/,
    ],
    [
      'a grammar with no article',
      numbers({ grammar: { ...grammar, article: '' } }),
      /numbers\.grammar\.article: must be a word/,
    ],
    [
      'a grammar with an unknown field',
      numbers({ grammar: { ...grammar, ordinals: { first: 1 } } }),
      /numbers\.grammar\.ordinals: unknown field/,
    ],
    [
      'a multiplier that is no number',
      numbers({ grammar: { ...grammar, multiples: { dozen: 'twelve' } } }),
      /numbers\.grammar\.multiples\.dozen: must be a number/,
    ],
    [
      'a money scale below zero',
      numbers({ moneyScales: { bn: -1 } }),
      /numbers\.moneyScales\.bn: must be a number/,
    ],
    ['a sign after the amount that is not a yes or no', numbers({ signAfter: 'yes' }), /signAfter/],
    [
      'an unknown qualifier',
      numbers({ qualifiers: { 'give or take': 'roughly' } }),
      /numbers\.qualifiers\.give or take: unknown qualifier/,
    ],
    [
      'a month first that is not a yes or no',
      { dates: { ...en.dates, monthFirst: 'yes' } },
      /dates\.monthFirst: must be true or false/,
    ],
  ])('refuses English with %s, naming the entry', (_what, change, reason) => {
    const bad = { ...raw('en.json'), ...change };
    expect(() => readPack(`${PACKS_DIR}/en.json`, bad, actors)).toThrow(DatasetError);
    expect(() => readPack(`${PACKS_DIR}/en.json`, bad, actors)).toThrow(reason);
  });

  it('finds French names of the actors in French, beside the reports’ own forms', () => {
    const text =
      'Vladimir Poutine et le Kremlin ont rejeté la force de réassurance promise à Kiev ; ' +
      "Volodymyr Zelensky a salué la coalition des volontaires réunie à l'Élysée avec les États-Unis.";
    expect(ids(text, 'fr')).toEqual([
      'vladimir-putin',
      'kremlin',
      'reassurance-force',
      'kyiv',
      'volodymyr-zelensky',
      'coalition-of-the-willing',
      'elysee-palace',
      'united-states',
    ]);
  });

  it('finds German names, their genitive, and names before a capitalised noun', () => {
    const text =
      'Selenskyjs Forderung nach Sicherheitsgarantien stieß im Kreml auf Ablehnung; ' +
      'die Koalition der Willigen will der Ukraine Rückversicherungstruppen schicken, sagte Wolodymyr Selenskyj in Paris.';
    expect(ids(text, 'de')).toEqual([
      'volodymyr-zelensky',
      'security-guarantees',
      'kremlin',
      'coalition-of-the-willing',
      'ukraine',
      'reassurance-force',
      'volodymyr-zelensky',
      'paris',
    ]);
  });

  it("reads a page's names in its own language only (poutine, in English, is a dish)", () => {
    expect(ids('We ate poutine in Montreal while Putin spoke.', 'en')).toEqual(['vladimir-putin']);
    expect(ids('Poutine a parlé.', 'fr')).toEqual(['vladimir-putin']);
  });

  it('reads each language’s figures in its own words, and only dates where a pack reads no numbers', () => {
    const figures = (text: string, language: string, data = matcherData) =>
      createScanner(data, { language })
        .scan(text)
        .filter((m) => m.kind === 'figure')
        .map((m) => (m.kind === 'figure' ? `${m.unit} ${m.value}` : ''));
    expect(figures('26 countries pledged troops on 4 September 2025.', 'en')).toEqual([
      'countries 26',
      'date 20250904',
    ]);
    const text = '26 pays, 3,5 millions de dollars, le jeudi 4 septembre 2025.';
    expect(figures(text, 'fr')).toEqual(['countries 26', 'usd 3500000', 'date 20250904']);
    // The same pack, reading no numbers: its dates alone.
    const datesOnly = readPack(
      `${PACKS_DIR}/fr.json`,
      { ...raw('fr.json'), figures: false },
      actors,
    );
    const others = languages.filter((each) => each.lang !== 'fr');
    expect(figures(text, 'fr', { ...matcherData, languages: [...others, datesOnly] })).toEqual([
      'date 20250904',
    ]);
    // Day first, or a month and its year; "Mai" alone is no date.
    expect(
      figures('Am 4. September sagten 26 Länder zu; seit Februar 2022, im Mai.', 'de'),
    ).toEqual(['date 904', 'countries 26', 'date 20220200']);
    // Lowercase French months, capitalised German ones: "mai" is a month, "Mai" in German.
    expect(figures('le 1er mai 2025', 'fr')).toEqual(['date 20250501']);
  });

  it.each([
    ['en', 'Leaders met at the Paris summit; talks at the Élysée went on.', 2],
    ['fr', "Au sommet de Paris, puis lors de la réunion à l'Élysée, rien.", 2],
    ['de', 'Beim Pariser Gipfel und dem Treffen im Élysée-Palast blieb es ruhig.', 2],
    ['fr', 'Le sommet du G7 et la réunion de Bruxelles.', 0],
  ])('finds the summit’s phrases in %s', (lang, text, count) => {
    expect(summitPhrases(text, summitPattern(pack(lang).summit))).toHaveLength(count);
  });
});
