import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/dataset/build-dataset';
import { DatasetError } from '../../../src/dataset/dataset-error';
import { miniInputs } from './mini-inputs';

type Inputs = ReturnType<typeof miniInputs>;

const ACTORS = 'src/dataset/curated/actors.json';
const FIGURES = 'src/dataset/curated/figures.json';
const QUOTES = 'src/dataset/curated/quotes.json';
const REPORTS = 'src/dataset/curated/reports.json';
const DISAGREEMENTS = 'src/dataset/curated/disagreements.json';
const IGNORE = 'src/dataset/curated/ignore.json';
const EVENT = 'src/dataset/curated/event.json';
const PACK = 'src/languages/packs/en.json';

/** [what is wrong, how to break the inputs, file named, entry named, reason]. */
const CASES: [string, (inputs: Inputs) => void, string, string, RegExp][] = [
  [
    'a missing report',
    (i) => i.reports.pop(),
    'assets/reports/b.txt',
    'id "b"',
    /report file is missing/,
  ],
  [
    'an empty report',
    (i) => ((i.reports[1] as { text: string }).text = ' \n'),
    'assets/reports/b.txt',
    'id "b"',
    /report is empty/,
  ],
  [
    'a report file no entry names',
    (i) => i.reports.push({ file: 'c.txt', text: 'More.' }),
    'assets/reports/c.txt',
    '-',
    /no entry in src\/dataset\/curated\/reports.json/,
  ],
  [
    'an alias claimed by two actors',
    (i) => i.curated.actors[1].aliases.push('Macron'),
    ACTORS,
    'id "paris"',
    /alias "Macron" is already claimed by "emmanuel-macron"/,
  ],
  [
    'an alias claimed twice once case and accents are folded',
    (i) => i.curated.actors[2].aliases.push('ZELÉNSKY'),
    ACTORS,
    'id "volodymyr-zelensky"',
    /alias "ZELÉNSKY" repeats another alias/,
  ],
  [
    'a duplicate id',
    (i) => (i.curated.actors[1].id = 'emmanuel-macron'),
    ACTORS,
    'id "emmanuel-macron"',
    /duplicate id/,
  ],
  [
    'entries out of order',
    (i) => i.curated.actors.reverse(),
    ACTORS,
    'id "paris"',
    /not sorted by id/,
  ],
  [
    'a quote that is not in the report it cites',
    (i) => (i.curated.quotes[0].excerpt = 'We are steady,'),
    QUOTES,
    'id "a-macron-ready"',
    /excerpt "We are steady," is not in report "a"/,
  ],
  [
    'a quote cited from the wrong report',
    (i) => (i.curated.quotes[0].reportId = 'b'),
    QUOTES,
    'id "a-macron-ready"',
    /is not in report "b"/,
  ],
  [
    'an excerpt found twice',
    (i) => (i.curated.quotes[0].excerpt = 'Macron'),
    QUOTES,
    'id "a-macron-ready"',
    /occurs 2 times in report "a"/,
  ],
  [
    'a quote outside quotation marks',
    (i) => (i.curated.quotes[0].excerpt = 'Macron said 26'),
    QUOTES,
    'id "a-macron-ready"',
    /not enclosed in quotation marks/,
  ],
  [
    'a speaker who is neither an actor nor described',
    (i) => (i.curated.quotes[0].speakerId = 'an-aide'),
    QUOTES,
    'id "a-macron-ready"',
    /speaker "an-aide" is not an actor/,
  ],
  [
    'an unknown report id',
    (i) => (i.curated.actors[0].source.reportId = 'zz'),
    ACTORS,
    'id "emmanuel-macron") source',
    /unknown report "zz"/,
  ],
  [
    'an unknown unit',
    (i) => (i.curated.figures[0].unit = 'miles'),
    FIGURES,
    'id "countries-committed"',
    /unknown unit "miles"/,
  ],
  [
    'an unknown qualifier',
    (i) => (i.curated.figures[0].statements[1].qualifier = 'over'),
    FIGURES,
    'statements[1]',
    /unknown qualifier "over"/,
  ],
  [
    'a figure statement not in its report',
    (i) => (i.curated.figures[0].statements[0].excerpt = '27 countries'),
    FIGURES,
    'statements[0]',
    /"27 countries" is not in report "a"/,
  ],
  [
    'an unknown actor kind',
    (i) => (i.curated.actors[1].kind = 'city'),
    ACTORS,
    'id "paris"',
    /unknown kind "city"/,
  ],
  [
    'stray whitespace',
    (i) => (i.curated.actors[1].name = 'Paris '),
    ACTORS,
    'id "paris"',
    /"name" has stray whitespace/,
  ],
  [
    'a misspelt field',
    (i) => (i.curated.actors[1].descripton = 'x'),
    ACTORS,
    'id "paris"',
    /unknown field\(s\): descripton/,
  ],
  [
    'an id that is not kebab-case',
    (i) => (i.curated.figures[0].id = 'Countries'),
    FIGURES,
    'id "Countries"',
    /kebab-case/,
  ],
  [
    'a disagreement within one report',
    (i) => (i.curated.disagreements[0].sides[1] = { reportId: 'a', excerpt: '26 countries' }),
    DISAGREEMENTS,
    'id "macron-wording"',
    /at least two reports/,
  ],
  [
    'a side of a disagreement that is not in the report it cites',
    (i) => (i.curated.disagreements[0].sides[1].excerpt = 'We are willing,'),
    DISAGREEMENTS,
    'sides[1]',
    /excerpt "We are willing," is not in report "b"/,
  ],
  [
    'a disagreement about an unknown item',
    (i) => i.curated.disagreements[0].itemIds.push('nobody'),
    DISAGREEMENTS,
    'id "macron-wording"',
    /unknown actor or figure id\(s\): nobody/,
  ],
  [
    'a furniture excerpt not in the report',
    (i) => (i.curated.reports[0].furniture[1].excerpt = '– Reuters'),
    REPORTS,
    'id "a") furniture[1]',
    /"– Reuters" is not in report "a"/,
  ],
  [
    'a word ignored twice',
    (i) => i.curated.ignore.push({ id: 'titles', reason: 'Titles.', words: ['We'] }),
    IGNORE,
    'id "titles"',
    /word "We" is already ignored by "sentence-initial"/,
  ],
  [
    'a curated file that is not a list',
    (i) => (i.curated.quotes = { id: 'x' }),
    QUOTES,
    '-',
    /expected a list of entries/,
  ],
  [
    'an event item that is no actor or figure',
    (i) => i.curated.event[0].summit.push('reassurance-forse'),
    EVENT,
    'id "pledge"',
    /"summit": "reassurance-forse" is no actor or figure of the dataset/,
  ],
  [
    'an event item in two groups',
    (i) => i.curated.event[0].context.push('volodymyr-zelensky'),
    EVENT,
    'id "pledge"',
    /"context": "volodymyr-zelensky" is in "ukraine" already/,
  ],
  [
    'an event dated by no figure',
    (i) => (i.curated.event[0].date = 'no-such-date'),
    EVENT,
    'id "pledge"',
    /"date": "no-such-date" is no figure of the dataset/,
  ],
  [
    'an event dated by a figure that is no whole date',
    (i) => (i.curated.event[0].date = 'countries-committed'),
    EVENT,
    'id "pledge"',
    /figure "countries-committed" is not a whole date \(yyyymmdd\): countries 26/,
  ],
  [
    'an event with no ukraine items',
    (i) => delete i.curated.event[0].ukraine,
    EVENT,
    'id "pledge"',
    /"ukraine" needs at least 1 item/,
  ],
  [
    'two events',
    (i) => i.curated.event.push({ ...i.curated.event[0], id: 'repledge' }),
    EVENT,
    '-',
    /must hold one event, holds 2/,
  ],
  ['no language pack', (i) => (i.packs = []), 'src/languages/packs', '-', /no language pack/],
  [
    'a pack whose figure words are broken',
    (i) => ((i.packs[0]!.json as { numbers: object }).numbers = { decimal: 'x' }),
    PACK,
    'numbers.decimal',
    /must be "\." or ","/,
  ],
];

describe('buildDataset on bad input', () => {
  it('builds the unbroken inputs', () => {
    expect(() => buildDataset(miniInputs())).not.toThrow();
  });

  it.each(CASES)('rejects %s', (_, breakIt, file, entry, reason) => {
    const inputs = miniInputs();
    breakIt(inputs);
    let error: unknown;
    try {
      buildDataset(inputs);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const { file: named, entry: where, reason: why, message } = error as DatasetError;
    expect(named).toBe(file);
    expect(where).toContain(entry);
    expect(why).toMatch(reason);
    expect(message).toBe(`${named}: ${where}: ${why}`);
  });
});
