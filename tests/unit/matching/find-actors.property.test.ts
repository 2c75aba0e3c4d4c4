import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActorFinder } from '../../../src/matching/find-actors';
import { normalize } from '../../../src/matching/normalize';
import { SAMPLE_ACTORS } from './sample-data';

const findActors = createActorFinder(SAMPLE_ACTORS);

// Filler words share no word with any alias and can never join into one.
const FILLER = [
  'lorem',
  'ipsum',
  'dolor',
  'sit',
  'amet',
  'sed',
  'tempor',
  'magna',
  'aliqua',
  'usque',
  'germanic',
  'merzig',
];
const SEPARATORS = [' ', ', ', '. ', '\n', '\u00a0', ' - ', ' (', ') ', ' “', '” '];
const ALIASES = SAMPLE_ACTORS.flatMap((actor) =>
  actor.aliases.map((alias) => ({ alias, id: actor.id })),
);

const filler = fc
  .array(fc.tuple(fc.constantFrom(...FILLER), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((words) => words.map(([w, s]) => w + s).join(''));

describe('actor finder, by property', () => {
  it('finds nothing in filler text', () => {
    fc.assert(
      fc.property(filler, (text) => {
        expect(findActors(normalize(text))).toEqual([]);
      }),
    );
  });

  it('finds exactly the aliases inserted into filler, at their offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, fc.constantFrom(...ALIASES), fc.boolean()), { maxLength: 8 }),
        filler,
        (pieces, tail) => {
          let text = '';
          const expected: { id: string; start: number; end: number }[] = [];
          for (const [words, { alias, id }, possessive] of pieces) {
            text += `${words} `;
            expected.push({ id, start: text.length, end: text.length + alias.length });
            text += `${alias}${possessive ? '’s' : ''} `;
          }
          text += tail;
          const found = findActors(normalize(text)).map(({ id, start, end }) => ({
            id,
            start,
            end,
          }));
          expect(found).toEqual(expected);
        },
      ),
    );
  });

  it('finds non-acronym aliases in any case', () => {
    const names = ALIASES.filter(({ alias }) => /\p{Ll}/u.test(alias));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.boolean()), ({ alias, id }, flips) => {
        const cased = [...alias]
          .map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase()))
          .join('');
        const found = findActors(normalize(`lorem ${cased} ipsum`));
        expect(found.map((m) => [m.id, m.start, m.text])).toEqual([[id, 6, cased]]);
      }),
    );
  });
});
