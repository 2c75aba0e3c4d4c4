import en from '@/src/languages/packs/en.json';
import type { CuratedKey, DatasetInputs } from '../../../src/dataset/curated-types';

/**
 * A tiny valid input set for the pure build: two short reports, three actors, two figures,
 * two quotes, a disagreement, an ignore list and the event. Tests copy it, break one thing and check
 * the DatasetError. Returns fresh objects on every call, so tests can mutate them.
 */
export function miniInputs(): {
  reports: DatasetInputs['reports'][number][];
  // Untyped on purpose: the error tests break the inputs in ways the curated types forbid.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  curated: Record<CuratedKey, any>;
  packs: { file: string; json: unknown }[];
} {
  return {
    reports: [
      {
        file: 'a.txt',
        text: 'PARIS: Macron said 26 countries pledged on Sep 4. "We are ready," Macron said. – AFP',
      },
      {
        file: 'b.txt',
        text: 'Over two dozen countries pledged in Paris, Zelenskyy said. "We are prepared," said Macron.',
      },
    ],
    curated: {
      reports: [
        {
          id: 'a',
          file: 'a.txt',
          source: 'Wire',
          furniture: [
            { kind: 'dateline', excerpt: 'PARIS' },
            { kind: 'credit', excerpt: '– AFP' },
          ],
        },
        { id: 'b', file: 'b.txt', source: 'Paper', furniture: [] },
      ],
      actors: [
        {
          id: 'emmanuel-macron',
          kind: 'person',
          name: 'Emmanuel Macron',
          aliases: ['Emmanuel Macron', 'Macron'],
          description: 'French President',
          source: { reportId: 'a', excerpt: 'Macron said 26' },
        },
        {
          id: 'paris',
          kind: 'place',
          name: 'Paris',
          aliases: ['Paris'],
          description: 'Where it happened',
          source: { reportId: 'b', excerpt: 'in Paris' },
        },
        {
          id: 'volodymyr-zelensky',
          kind: 'person',
          name: 'Volodymyr Zelensky',
          aliases: ['Zelensky', 'Zelenskyy'],
          description: 'Ukrainian President',
          source: { reportId: 'b', excerpt: 'Zelenskyy said' },
        },
      ],
      figures: [
        {
          id: 'countries-committed',
          counts: 'countries that pledged',
          unit: 'countries',
          value: 26,
          identity: { cues: [['countries']] },
          statements: [
            { reportId: 'a', excerpt: '26 countries', value: 26, qualifier: 'exact' },
            {
              reportId: 'b',
              excerpt: 'Over two dozen countries',
              value: 24,
              qualifier: 'more-than',
            },
          ],
        },
        {
          id: 'pledge-date',
          counts: 'date of the pledge',
          unit: 'date',
          value: 20250904,
          identity: { cues: [['pledged']] },
          statements: [{ reportId: 'a', excerpt: 'Sep 4', value: 904, qualifier: 'exact' }],
        },
      ],
      quotes: [
        {
          id: 'a-macron-ready',
          reportId: 'a',
          speakerId: 'emmanuel-macron',
          excerpt: 'We are ready,',
        },
        {
          id: 'b-macron-prepared',
          reportId: 'b',
          speakerId: 'emmanuel-macron',
          excerpt: 'We are prepared,',
        },
      ],
      disagreements: [
        {
          id: 'macron-wording',
          kind: 'quote',
          itemIds: ['emmanuel-macron'],
          summary: 'Ready or prepared.',
          sides: [
            { reportId: 'a', excerpt: 'We are ready,' },
            { reportId: 'b', excerpt: 'We are prepared,' },
          ],
        },
      ],
      ignore: [{ id: 'sentence-initial', reason: 'Starts a sentence.', words: ['We', 'Over'] }],
      event: [
        {
          id: 'pledge',
          date: 'pledge-date',
          ukraine: ['volodymyr-zelensky'],
          summit: ['countries-committed'],
          context: ['emmanuel-macron', 'paris'],
        },
      ],
    },
    // English's pack reads the reports' figures.
    packs: [{ file: 'src/languages/packs/en.json', json: structuredClone(en) }],
  };
}
