import type { ItemCard } from '@/src/dataset/item-card';

/** A stand-in localiser: the key, and its substitutions in brackets. */
export const t = (key: string, substitutions?: string | string[]): string =>
  substitutions === undefined ? key : `${key}[${[substitutions].flat().join('|')}]`;

/** A person's card. */
export const ZELENSKY: ItemCard = {
  id: 'volodymyr-zelensky',
  kind: 'person',
  name: 'Volodymyr Zelensky',
  description: 'Ukrainian President',
  reportCount: 5,
  reportTotal: 5,
};

/** A figure's card, as two reports state it. */
export const COUNTRIES: ItemCard = {
  id: 'countries-committed',
  kind: 'figure',
  name: 'countries committed to the reassurance force',
  description: '',
  reportCount: 2,
  reportTotal: 5,
  figure: {
    unit: 'countries',
    value: 26,
    agreement: 'differ',
    reports: [
      {
        reportId: 'afp',
        source: 'AFP',
        statements: [
          { text: 'More than two dozen countries', value: 24, qualifier: 'more-than' },
          { text: '26 nations', value: 26, qualifier: 'exact' },
        ],
      },
      {
        reportId: 'unsigned',
        source: 'Unsigned report',
        statements: [{ text: '26 countries', value: 26, qualifier: 'exact' }],
      },
    ],
  },
};

/**
 * A page with highlights under the DOM contract: Zelensky (one piece), "31 countries" (disputed
 * figure, two pieces across an <em>), and a link after them.
 */
export const PAGE = `<p>
<mark class="summit-lens-mark summit-lens-person" data-summit-kind="person" data-summit-id="volodymyr-zelensky" data-summit-mention="0" tabindex="0">Zelensky</mark>
said <mark class="summit-lens-mark summit-lens-figure summit-lens-disputed" data-summit-kind="figure" data-summit-id="countries-committed" data-summit-value="31" data-summit-status="disputed" data-summit-mention="1" tabindex="0">31 </mark><em><mark class="summit-lens-mark summit-lens-figure summit-lens-disputed" data-summit-kind="figure" data-summit-id="countries-committed" data-summit-value="31" data-summit-status="disputed" data-summit-mention="1">countries</mark></em>
pledged. <a href="#next">Next</a></p>`;
