import { describe, expect, it } from 'vitest';
import { pageLanguage } from '@/src/reading/page-language';

const KNOWN = [
  { lang: 'en', detect: ['the', 'and', 'of', 'to', 'is'] },
  { lang: 'fr', detect: ['le', 'la', 'les', 'des', 'et', 'est'] },
  { lang: 'de', detect: ['der', 'die', 'das', 'und', 'ist'] },
];

function page(html: string, lang?: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== undefined) doc.documentElement.setAttribute('lang', lang);
  doc.head.innerHTML = html;
  return doc;
}

const FRENCH =
  'Le président a dit que la force est prête et que les pays de la coalition et le Royaume-Uni sont des alliés.';
const GERMAN =
  'Der Kanzler sagte, die Truppe ist bereit und die Länder der Koalition und das Vereinigte Königreich sind dabei.';

describe('pageLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['DE-at', 'de'],
    ['en-GB', 'en'],
  ])('takes the declared lang="%s" as %s', (declared, lang) => {
    expect(pageLanguage(page('', declared), GERMAN, KNOWN)).toEqual({
      lang,
      read: true,
      declared: true,
    });
  });

  it('leaves alone a page declared in a language it does not read', () => {
    expect(pageLanguage(page('', 'it'), FRENCH, KNOWN)).toEqual({
      lang: 'it',
      read: false,
      declared: true,
    });
  });

  it('reads a Content-Language meta tag when the root says nothing', () => {
    const doc = page('<meta http-equiv="Content-Language" content="de-CH">');
    expect(pageLanguage(doc, FRENCH, KNOWN).lang).toBe('de');
  });

  it('tells the language from the text of a page that declares none', () => {
    expect(pageLanguage(page(''), FRENCH, KNOWN)).toEqual({
      lang: 'fr',
      read: true,
      declared: false,
    });
    expect(pageLanguage(page(''), GERMAN, KNOWN).lang).toBe('de');
    expect(pageLanguage(page('', ''), GERMAN, KNOWN).lang).toBe('de');
  });

  it('falls back to the first language (English) when the text says too little', () => {
    expect(pageLanguage(page(''), 'Zelensky, Macron', KNOWN)).toEqual({
      lang: 'en',
      read: true,
      declared: false,
    });
  });
});
