import type { MatcherData } from '../matching';
import { buildActors } from './build-actors';
import { buildDisagreements } from './build-disagreements';
import { buildEvent } from './build-event';
import { gatePattern } from './gate-pattern';
import type { LanguagePack } from './language-pack';
import { buildFigures } from './build-figures';
import { buildMentions } from './build-mentions';
import { buildQuotes } from './build-quotes';
import { buildReports } from './build-reports';
import { checkIdentities } from './check-identities';
import type { DatasetInputs } from './curated-types';
import { DatasetError } from './dataset-error';
import { createLocator } from './locate';
import { toMatcherData } from './matcher-data';
import { curatedFile, readCurated } from './read-curated';
import { PACKS_DIR, readPack } from './read-pack';
import { resolveIgnore, type Ignored } from './resolve-ignore';
import { DATASET_SCHEMA_VERSION, type Dataset } from './schema';

/** What the build produces. */
export interface BuiltDataset {
  /** The full dataset, for the popup. */
  dataset: Dataset;
  /** The subset the content script needs. */
  matcherData: MatcherData;
  /** The located ignore list, for the coverage check (not shipped). */
  ignored: Ignored;
}

/**
 * Builds the dataset from the report files, the curated JSON and the language packs (each
 * checked against the dataset's actors and figures: read-pack.ts). Pure and deterministic:
 * the same inputs give the same output, byte for byte once serialised. Every curated item
 * is checked against the report text it cites; any bad input throws a DatasetError naming
 * the file, the entry and the reason.
 */
export function buildDataset(inputs: DatasetInputs): BuiltDataset {
  const curated = readCurated(inputs.curated);
  const reports = buildReports(inputs.reports, curated.reports);
  const locate = createLocator(reports);
  const actors = buildActors(curated.actors, locate);
  const figures = buildFigures(curated.figures, reports, locate);
  const actorIds = new Set(actors.map((actor) => actor.id));
  for (const figure of figures) {
    if (actorIds.has(figure.id)) {
      throw new DatasetError(curatedFile('figures'), `id "${figure.id}"`, 'id is also an actor id');
    }
  }
  const figureIds = figures.map((figure) => figure.id);
  if (inputs.packs.length === 0) {
    throw new DatasetError(PACKS_DIR, '-', 'no language pack (the first reads the reports)');
  }
  const languages = inputs.packs.map(({ file, json }) => readPack(file, json, actors, figureIds));
  // Each pack's `gate`, checked by readPack: lowercase letters.
  const stems = inputs.packs.map(({ json }) => (json as Pick<LanguagePack, 'gate'>).gate);
  const event = { ...buildEvent(curated.event, actorIds, figures), gate: gatePattern(stems) };
  const matcherData = toMatcherData(actors, figures, languages, event);
  checkIdentities(figures, reports, matcherData);
  const itemIds = new Set([...actorIds, ...figureIds]);
  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    reports,
    actors,
    figures,
    mentions: buildMentions(reports, matcherData, figures),
    quotes: buildQuotes(curated.quotes, actors, reports, locate),
    disagreements: buildDisagreements(curated.disagreements, itemIds, locate),
  };
  return { dataset, matcherData, ignored: resolveIgnore(curated.ignore, locate) };
}
