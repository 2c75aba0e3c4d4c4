import { pick } from './random';

/** The sentences of the reports (each at least six words), the summit-dense material. */
export function reportSentences(reports: readonly { text: string }[]): string[] {
  return reports
    .flatMap((r) => r.text.split('\n'))
    .flatMap((line) => line.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
}

const SUBJECTS = [
  'The committee',
  'Local officials',
  'A spokesperson for the ministry',
  'Economists at the central bank',
  'The regional council',
  'Several analysts',
  'The transport authority',
  'Residents of the district',
];
const VERBS = ['said', 'noted', 'warned', 'argued', 'reported', 'estimated', 'suggested'];
const CLAUSES = [
  'that the budget would be reviewed before the end of the quarter',
  'that inflation had slowed for a third consecutive month',
  'that the new rail line would open later than planned',
  'that negotiations over fishing quotas were continuing',
  'that energy prices remained well above their long-term average',
  'that the harvest had been better than expected after a dry spring',
  'that hospital waiting lists were getting shorter in most regions',
  'that the port would need further investment to stay competitive',
];
const NUMBERS = [
  'by 3.2 per cent',
  'in 2019',
  'with about 1,200 jobs at stake',
  'at a cost of 4 million',
  'over the past 18 months',
  'for the 12th time',
  'in 7 of the 10 districts',
];

/**
 * A sentence of ordinary news prose that names nobody from the dataset, with a number in
 * about one sentence in three (years, percentages, counts: what unrelated copy is full of).
 */
export function fillerSentence(random: () => number): string {
  const tail = random() < 0.35 ? ` ${pick(NUMBERS, random)}` : '';
  return `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(CLAUSES, random)}${tail}.`;
}
