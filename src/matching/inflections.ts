/**
 * The usual inflections of an alias in English news, beyond what matching already allows
 * (a possessive suffix or a hyphenated suffix never stops a match: "Macron's", "Merz-led").
 * An alias that is a nationality adjective before a common noun ("Russian foreign ministry")
 * is also written with the country: "Russia's foreign ministry", "the foreign ministry of
 * Russia". English; a language pack will carry its own table.
 */
const COUNTRY_OF_DEMONYM: ReadonlyMap<string, readonly string[]> = new Map([
  ['american', ['America', 'US', 'U.S.']],
  ['british', ['Britain', 'UK', 'U.K.']],
  ['chinese', ['China']],
  ['danish', ['Denmark']],
  ['french', ['France']],
  ['german', ['Germany']],
  ['italian', ['Italy']],
  ['russian', ['Russia']],
  ['slovak', ['Slovakia']],
  ['ukrainian', ['Ukraine']],
]);

/** `alias` and the inflected forms a page may use for it, the alias first. */
export function inflections(alias: string): string[] {
  const [first = '', ...rest] = alias.split(' ');
  const countries = COUNTRY_OF_DEMONYM.get(first.toLowerCase());
  const phrase = rest.join(' ');
  // Only a common noun phrase: "Russian Federation" is a name of its own.
  if (countries === undefined || rest.length === 0 || phrase !== phrase.toLowerCase()) {
    return [alias];
  }
  return [
    alias,
    ...countries.flatMap((country) => [`${country}'s ${phrase}`, `${phrase} of ${country}`]),
  ];
}
