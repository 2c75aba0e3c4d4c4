import { useMemo, useState } from 'preact/hooks';
import type { ItemKind } from '../matching/types';
import type { Translate } from '../i18n';
import { KIND_ONE_KEYS } from '../kind-labels';

/** One lookup result. */
export interface LookupOption {
  id: string;
  kind: ItemKind;
  name: string;
}

export interface LookupProps {
  /** The ranked options for a query (none for an empty one). */
  search: (query: string) => readonly LookupOption[];
  onSelect: (id: string) => void;
  t: Translate;
  /** The query the lookup opens with (the context menu's selection); default empty. */
  initialQuery?: string;
}

const optionId = (id: string) => `lookup-option-${id}`;

/**
 * A combobox over the whole dataset: typing filters, ArrowDown/ArrowUp move the active option,
 * Enter opens it, Escape clears the query (and is then kept from closing a detail view).
 */
export function Lookup({ search, onSelect, t, initialQuery = '' }: LookupProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const options = useMemo(() => search(query), [search, query]);
  const open = query.trim() !== '';
  const current = open ? options[active] : undefined;
  const choose = (id: string) => {
    setQuery('');
    setActive(0);
    onSelect(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && options.length > 0) {
      event.preventDefault();
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      choose(current.id);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      setActive(0);
    }
  };
  return (
    <div class="lookup" role="search">
      <input
        type="text"
        role="combobox"
        aria-label={t('lookupLabel')}
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls="lookup-options"
        aria-activedescendant={current && optionId(current.id)}
        placeholder={t('lookupPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="lookup-options" role="listbox" aria-label={t('lookupResults')} hidden={!open}>
        {open &&
          options.map((option, i) => (
            <li
              key={option.id}
              id={optionId(option.id)}
              role="option"
              aria-selected={i === active}
              class="lookup-option"
              onClick={() => choose(option.id)}
              onMouseMove={() => setActive(i)}
            >
              <span class="item-name">{option.name}</span>
              <span class="item-kind">{t(KIND_ONE_KEYS[option.kind])}</span>
            </li>
          ))}
      </ul>
      {open && options.length === 0 && <p role="status">{t('lookupNoResults')}</p>}
    </div>
  );
}
