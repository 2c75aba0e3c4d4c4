import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: object; description?: string }>;

const DIR = path.resolve('assets/public/_locales');
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(path.join(DIR, lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const others = readdirSync(DIR).filter((lang) => lang !== 'en');
/** The positional substitutions a message uses ($1, $2…), sorted. */
const substitutions = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('the extension speaks every language it ships', () => {
  it.each(['en', ...others])(
    '%s: its description fits the Chrome Web Store (132 characters)',
    (lang) => {
      expect([...read(lang).extDescription!.message].length).toBeLessThanOrEqual(132);
    },
  );

  it('ships French and German beside English', () => {
    expect(others.sort()).toEqual(expect.arrayContaining(['de', 'fr']));
  });

  describe.each(others)('%s', (lang) => {
    const messages = read(lang);

    it('has every key the English strings have, and no other', () => {
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
    });

    it('translates every message, with the substitutions the English one takes', () => {
      const wrong = Object.entries(english).flatMap(([key, { message }]) => {
        const translated = messages[key]?.message ?? '';
        if (translated.trim() === '') return [`${key}: empty`];
        const [want, got] = [substitutions(message), substitutions(translated)];
        return want.join() === got.join()
          ? []
          : [`${key}: ${got.join() || 'none'}, not ${want.join()}`];
      });
      expect(wrong).toEqual([]);
    });

    it('says which language it is in (the dates and numbers follow it)', () => {
      expect(messages.locale?.message).toBe(lang);
    });

    it('keeps the placeholders the English strings declare', () => {
      for (const [key, entry] of Object.entries(english)) {
        expect(messages[key]?.placeholders, key).toEqual(entry.placeholders);
      }
    });
  });
});
