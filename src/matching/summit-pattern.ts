import type { SummitPhraseSpec } from './language-data';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One slot's alternatives, longest first (so "Élysée-Palast" wins over "Élysée"). */
const alternatives = (words: readonly string[]) =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replace(/ /g, '\\s+'))
    .join('|')})`;

/**
 * The regex source (flags `giu`) that finds any of `spec`'s phrases as whole words: each
 * pattern's words literal, a space any white space, `{place}` and `{event}` any of theirs.
 */
export function summitPattern(spec: SummitPhraseSpec): string {
  const place = alternatives(spec.places);
  const event = alternatives(spec.events);
  const phrases = spec.patterns.map((pattern) =>
    pattern
      .split(/(\{place\}|\{event\})/)
      .map((part) =>
        part === '{place}'
          ? place
          : part === '{event}'
            ? event
            : escape(part).replace(/ /g, '\\s+'),
      )
      .join(''),
  );
  return `(?<!\\p{L})(?:${phrases.join('|')})(?!\\p{L})`;
}
