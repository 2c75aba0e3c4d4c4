/**
 * Turns an HTML page into plain text for `npm run scan`: no DOM, no dependency. Comments
 * and the contents of script, style, noscript and template elements are removed; block
 * elements and <br> become line breaks, other tags vanish; character references are
 * decoded; runs of spaces collapse and blank lines shrink to one. Not a full HTML parser
 * (a ">" inside an attribute value can end a tag early), which is enough to try the engine
 * on a saved page.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(BLOCK, '\n')
      .replace(/<\/?[a-z][^>]*>|<![^>]*>/gi, ''),
  )
    .replace(/[^\S\n\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCK =
  /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|title|tr|ul)\b[^>]*>/gi;

// The named references news pages use; an unknown name is left as written.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  bull: '•',
  middot: '·',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
  thinsp: '\u2009',
  zwj: '\u200d',
  zwnj: '\u200c',
};

/**
 * Decodes `&name;`, `&#123;` and `&#x1F;` references. A numeric reference to no valid
 * character (0, a surrogate, past U+10FFFF) becomes U+FFFD, as browsers do.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));/gi, (whole, dec, hex, name) => {
    if (name !== undefined) return NAMED[name as string] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}
