import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { describe, expect, it } from 'vitest';
import { localNames } from '@/src/dataset/local-names';

const actor = (data: typeof dataset, id: string) => data.actors.find((a) => a.id === id)!;

describe('localNames', () => {
  it('names the actors as the reader’s language does, keeping the reports’ names as aliases', () => {
    const french = localNames(dataset, 'fr', matcherData.languages);
    expect(actor(french, 'vladimir-putin').name).toBe('Vladimir Poutine');
    expect(actor(french, 'vladimir-putin').aliases).toContain('Vladimir Putin');
    expect(actor(french, 'emmanuel-macron')).toEqual(actor(dataset, 'emmanuel-macron'));
    expect(actor(localNames(dataset, 'de-AT', matcherData.languages), 'kyiv').name).toBe('Kiew');
    expect(french.reports).toBe(dataset.reports);
  });

  it('leaves the dataset as it is for English and for a language without a pack', () => {
    expect(localNames(dataset, 'en', matcherData.languages)).toBe(dataset);
    expect(localNames(dataset, 'it', matcherData.languages)).toBe(dataset);
    expect(localNames(dataset, undefined, matcherData.languages)).toBe(dataset);
  });
});
