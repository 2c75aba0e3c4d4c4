import fc from 'fast-check';

/** Aliases the random pages carry, each with the dataset id a highlight must name. */
export const ALIASES: readonly (readonly [alias: string, id: string])[] = [
  ['Emmanuel Macron', 'emmanuel-macron'],
  ['Zelenskyy', 'volodymyr-zelensky'],
  ['Volodymyr Zelensky', 'volodymyr-zelensky'],
  ['Giorgia Meloni', 'giorgia-meloni'],
  ['Starmer', 'keir-starmer'],
  ['Mark Rutte', 'mark-rutte'],
  ['German Gref', 'german-gref'],
  ['Robert Fico', 'robert-fico'],
  ['Sberbank', 'sberbank'],
  ['Paris', 'paris'],
  ['Kyiv', 'kyiv'],
  ['Élysée Palace', 'elysee-palace'],
  ['Nato', 'nato'],
  ['reassurance force', 'reassurance-force'],
  ['coalition of the willing', 'coalition-of-the-willing'],
];

/** Words that name nothing in the dataset and hold no figure. */
const FILLER = ['quiet', 'river', 'morning', 'table', 'window', 'garden', 'later', 'across'];

/** Elements whose text is never highlighted (a subset of src/dom/excluded.ts). */
export const EXCLUDED_TAGS = ['code', 'pre'];

/**
 * Tags the HTML parser keeps as written whatever they nest in (no <p> in <p>, no <a> in <a>,
 * no tables), so the served page has the tree that was generated.
 */
const TAGS = ['div', 'section', 'span', 'b', 'i', 'em', 'strong', 'mark', ...EXCLUDED_TAGS];

/** A random page: text runs (filler, now and then an alias) in nested elements. */
export type Tree = { text: string; alias?: number } | { tag: string; children: Tree[] };

const text: fc.Arbitrary<Tree> = fc.oneof(
  fc
    .array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 4 })
    .map((words) => ({ text: ` ${words.join(' ')} ` })),
  fc.integer({ min: 0, max: ALIASES.length - 1 }).map((alias) => ({
    text: ` ${ALIASES[alias]![0]} `,
    alias,
  })),
);

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
  }),
}));

/** A page's trees (the body's children). */
export const randomPage = fc.array(tree, { minLength: 3, maxLength: 12 });

/** Serialises trees as HTML; text is escaped (it holds no markup characters anyway). */
export function toHtml(trees: readonly Tree[]): string {
  return trees
    .map((t) =>
      'tag' in t
        ? `<${t.tag}>${toHtml(t.children)}</${t.tag}>`
        : t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
    )
    .join('');
}

/** The page around the trees. */
export function pageHtml(trees: readonly Tree[], title: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `</head><body>${toHtml(trees)}</body></html>`
  );
}

/** The mentions the page must show, in document order: every alias outside excluded tags. */
export function expectedMentions(
  trees: readonly Tree[],
  excluded = false,
): { id: string; text: string }[] {
  return trees.flatMap((t) => {
    if ('tag' in t) return expectedMentions(t.children, excluded || EXCLUDED_TAGS.includes(t.tag));
    if (t.alias === undefined || excluded) return [];
    const [alias, id] = ALIASES[t.alias]!;
    return [{ id, text: alias }];
  });
}
