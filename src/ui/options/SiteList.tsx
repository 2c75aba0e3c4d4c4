import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';

/** What a SiteList shows and reports. */
export interface SiteListProps {
  id: string;
  label: string;
  sites: readonly string[];
  t: Translate;
  /** Adds the site the reader typed; returns an error to show, or undefined when added. */
  onAdd: (input: string) => string | undefined;
  onRemove: (host: string) => void;
}

/** A list of sites with a field to add one (Enter or the button) and a button to remove each. */
export function SiteList({ id, label, sites, t, onAdd, onRemove }: SiteListProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: Event) => {
    event.preventDefault();
    if (input.trim() === '') return;
    const problem = onAdd(input);
    setError(problem);
    if (problem === undefined) setInput('');
  };
  return (
    <section class="site-list" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{label}</h3>
      {sites.length === 0 ? (
        <p class="hint">{t('optionsNoSites')}</p>
      ) : (
        <ul id={`${id}-sites`}>
          {sites.map((host) => (
            <li key={host} class="row">
              <span>{host}</span>
              <button type="button" onClick={() => onRemove(host)}>
                <span aria-hidden="true">×</span>
                <span class="visually-hidden">{t('optionsRemoveSite', host)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={submit}>
        <input
          type="text"
          id={`${id}-input`}
          value={input}
          placeholder={t('optionsSitePlaceholder')}
          aria-label={t('optionsSiteInput', label)}
          aria-invalid={error !== undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          spellcheck={false}
          autocomplete="off"
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsAddSite')}</button>
      </form>
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
