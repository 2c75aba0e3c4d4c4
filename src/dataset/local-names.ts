import type { Dataset } from './schema';
import type { LanguageData } from '../matching/language-data';

/**
 * The dataset as readers of `lang` see it: each actor its language's name where its pack
 * gives one (the first of the pack's names for it: "Vladimir Poutine", "Koalition der
 * Willigen"), the reports' name kept among its aliases, so the lookup finds either. The
 * reports' text, quotes and descriptions are left as written (English). `lang` a locale
 * ("fr", "de-AT"); a language without a pack, or English, gives the dataset itself.
 */
export function localNames(
  dataset: Dataset,
  lang: string | undefined,
  languages: readonly LanguageData[] = [],
): Dataset {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  const pack = languages.find((each) => each.lang === primary);
  if (!pack || pack.aliases.length === 0) return dataset;
  const names = new Map(pack.aliases.map((entry) => [entry.id, entry.aliases]));
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => {
      const own = names.get(actor.id);
      if (!own?.[0]) return actor;
      return {
        ...actor,
        name: own[0],
        aliases: [...new Set([...own, actor.name, ...actor.aliases])],
      };
    }),
  };
}
