import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { describe, expect, it } from 'vitest';
import { localNames } from '@/src/dataset/local-names';
import { fold } from '@/src/matching/fold';
import { normalize } from '@/src/matching/normalize';
import { createScanner } from '@/src/matching/scan';
import { buildSearchIndex, searchDataset } from '@/src/ui/search-dataset';

describe('fold', () => {
  it.each([
    ['Élysée', 'elysee'],
    ['E\u0301lyse\u0301e', 'elysee'],
    ['ZELENSKIY', 'zelenskiy'],
    ['Kyïv', 'kyiv'],
    ['l’Élysée', "l'elysee"],
    ['Selen\u00adskyj', 'selenskyj'],
    ['  Staats-\u00a0und Regierungschefs ', 'staats- und regierungschefs'],
    ['long\u2011range', 'long-range'],
  ])('%j -> %j', (text, folded) => expect(fold(text)).toBe(folded));
});

// A name as a page may write it: other apostrophes, no accents, a soft hyphen in a word.
const swapApostrophes = (name: string) =>
  name.replace(/['’]/g, (mark) => (mark === "'" ? '’' : "'"));
const withoutAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
const softHyphenated = (name: string) => name.replace(/(\p{L}{3})(\p{L}{3})/u, '$1\u00ad$2');

describe('the popup’s lookup and the engine', () => {
  const languages = matcherData.languages ?? [];
  const cases = languages.flatMap((pack) => {
    const named = localNames(dataset, pack.lang, languages);
    return named.actors.flatMap((actor) =>
      [actor.name, ...actor.aliases]
        .filter((name) => /['’]|[^\p{ASCII}]/u.test(name))
        .map((name) => [pack.lang, actor.id, name] as const),
    );
  });

  it('have names with accents and apostrophes to agree on', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(cases.some(([, , name]) => /['’]/.test(name))).toBe(true);
  });

  it.each(cases)('%s: %s as %j, however the page writes it', (lang, id, name) => {
    const index = buildSearchIndex(localNames(dataset, lang, languages));
    const scanner = createScanner(matcherData, { language: lang });
    for (const written of [
      name,
      swapApostrophes(name),
      withoutAccents(name),
      softHyphenated(name),
    ]) {
      expect(fold(written), written).toBe(fold(name));
      const looked = searchDataset(index, written, 100).map((hit) => hit.id);
      expect(looked, `lookup of ${written}`).toContain(id);
      const found = scanner.scan(`${written}.`).map((match) => match.id);
      expect(found, `page with ${written}`).toContain(id);
    }
  });
});

describe('fold of plain ASCII', () => {
  it.each(['Twenty-one', 'NATO', 'Coalition of the Willing', 'U.S.', 'a b', 'x'])(
    'is normalize’s fold of %s',
    (word) => {
      expect(fold(word)).toBe(normalize(word).lower.trim());
    },
  );
  it.each([' padded ', 'two  spaces', 'tab\there', 'Élysée', 'l’Élysée', 'soft\u00adhyphen'])(
    'leaves %j to normalize',
    (word) => {
      expect(fold(word)).toBe(normalize(word).lower.trim());
    },
  );
});
