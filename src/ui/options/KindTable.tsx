import type { Translate } from '../../i18n';
import { KIND_KEYS } from '../../kind-labels';
import { ITEM_KINDS, type ItemKind } from '../../matching/types';
import type { Settings } from '../../settings/schema';
import { DISPUTED_CLASS, kindClass, MARK_CLASS } from '../../style/mark-classes';

/** What each kind's sample highlight says. */
const SAMPLES: Record<ItemKind, string> = {
  person: 'Emmanuel Macron',
  country: 'Ukraine',
  organisation: 'NATO',
  place: 'Élysée Palace',
  term: 'reassurance force',
  figure: '26 countries',
};

/** A sample highlight with the page's real classes (style it with highlightCss). */
export function SampleMark({ kind, disputed = false }: { kind: ItemKind; disputed?: boolean }) {
  const classes = [MARK_CLASS, kindClass(kind), disputed ? DISPUTED_CLASS : ''];
  return <mark class={classes.join(' ').trim()}>{disputed ? '31 countries' : SAMPLES[kind]}</mark>;
}

/** What KindTable shows and reports. */
export interface KindTableProps {
  kinds: Settings['kinds'];
  colours: Settings['colours'];
  t: Translate;
  onShow: (kind: ItemKind, shown: boolean) => void;
  onColour: (kind: ItemKind, colour: string) => void;
}

/** One row per kind: whether it is highlighted, its colour, and a sample of how it looks. */
export function KindTable({ kinds, colours, t, onShow, onColour }: KindTableProps) {
  return (
    <table class="kinds">
      <thead>
        <tr>
          <th scope="col">{t('optionsKindColumn')}</th>
          <th scope="col">{t('optionsColourColumn')}</th>
          <th scope="col">{t('optionsSampleColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {ITEM_KINDS.map((kind) => {
          const name = t(KIND_KEYS[kind]);
          return (
            <tr key={kind} class={kinds[kind] ? undefined : 'kind-off'}>
              <th scope="row">
                <input
                  type="checkbox"
                  id={`kind-${kind}`}
                  checked={kinds[kind]}
                  aria-label={t('optionsShowKind', name)}
                  onChange={(event) => onShow(kind, event.currentTarget.checked)}
                />
                <label for={`kind-${kind}`}>{name}</label>
              </th>
              <td>
                <input
                  type="color"
                  id={`colour-${kind}`}
                  value={colours[kind]}
                  aria-label={t('optionsColourLabel', name)}
                  onChange={(event) => onColour(kind, event.currentTarget.value)}
                />
              </td>
              <td>
                <SampleMark kind={kind} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
