import { ACTOR_KINDS } from '../matching/types';
import type { Token } from './coverage';
import type { Dataset } from './schema';

/**
 * A few lines for maintainers about a built dataset: reports, actors by kind, figures,
 * quotes, mentions and disagreements, and how many tokens of the reports nothing covers.
 */
export function summarize(dataset: Dataset, uncovered: readonly Token[]): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const kinds = ACTOR_KINDS.map(
    (kind) => `${dataset.actors.filter((actor) => actor.kind === kind).length} ${kind}`,
  ).join(', ');
  return [
    `dataset (schema v${dataset.schemaVersion})`,
    `  ${count(dataset.reports.length, 'report')}: ${dataset.reports.map((r) => r.id).join(', ')}`,
    `  ${count(dataset.actors.length, 'actor')}: ${kinds}`,
    `  ${count(dataset.figures.length, 'figure')}, ${count(
      dataset.figures.reduce((n, figure) => n + figure.statements.length, 0),
      'statement',
    )}`,
    `  ${count(dataset.quotes.length, 'quote')}`,
    `  ${count(dataset.mentions.length, 'mention')}`,
    `  ${count(dataset.disagreements.length, 'disagreement')}`,
    `  ${count(uncovered.length, 'uncovered token')}${uncovered.length > 0 ? ' (see the coverage test)' : ''}`,
  ].join('\n');
}
