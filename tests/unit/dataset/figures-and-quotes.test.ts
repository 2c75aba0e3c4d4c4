import { describe, expect, it } from 'vitest';
import { realDataset } from './real-dataset';

const { dataset } = await realDataset();

const quote = (id: string) => dataset.quotes.find((q) => q.id === id);
const disagreement = (id: string) => dataset.disagreements.find((d) => d.id === id);
const sentenceOf = (reportId: string, index: number) => {
  const report = dataset.reports.find((r) => r.id === reportId);
  const [start, end] = report?.sentences[index] ?? [0, 0];
  return report?.text.slice(start, end) ?? '';
};

describe('the 26 countries', () => {
  const statements = dataset.figures.find((f) => f.id === 'countries-committed')?.statements ?? [];

  it.each([
    ['afp', ['More than two dozen countries', '26 nations']],
    ['unsigned', ['More than 26 countries', '26 countries']],
    ['post-news', ['26 nations', 'Twenty-six nations', '26 countries']],
    ['islamabad-paris', ['26 Nations', 'over two dozen countries', '26 Nations', '26 countries']],
    ['dated-2025-09-04', ['over two dozen countries', '26 countries']],
  ])('%s states it as %j', (reportId, wording) => {
    expect(statements.filter((s) => s.reportId === reportId).map((s) => s.text)).toEqual(wording);
  });

  it.each([
    ['More than 26 countries', 26, 'more-than'],
    ['More than two dozen countries', 24, 'more-than'],
    ['Twenty-six nations', 26, 'exact'],
  ])('reads %s as %d, %s', (text, value, qualifier) => {
    expect(statements.find((s) => s.text === text)).toMatchObject({ value, qualifier });
  });

  it('is a figure the reports state differently', () => {
    expect(dataset.figures.find((f) => f.id === 'countries-committed')).toMatchObject({
      value: 26,
      unit: 'countries',
      agreement: 'differ',
    });
    expect(disagreement('countries-committed-wording')?.sides.length).toBeGreaterThanOrEqual(5);
  });
});

describe('quotes and disagreements', () => {
  it.each([
    [
      'unsigned-rutte-too-powerful',
      'mark-rutte',
      'I think we really have to stop making Putin too powerful.',
    ],
    [
      'post-news-rutte-too-strong',
      'mark-rutte',
      'We literally need to stop making Putin too strong,',
    ],
    [
      'post-news-peskov-acceptable',
      'dmitry-peskov',
      'cannot be a security guarantee for Ukraine that would be acceptable to our country.',
    ],
    [
      'islamabad-paris-peskov-suit-our-country',
      'dmitry-peskov',
      'This cannot be a guarantee of security for Ukraine that would suit our country,',
    ],
    [
      'post-news-german-source-right-moment',
      'german-government-source',
      'Germany will decide on military involvement at the right moment once the terms of the framework have been clarified.',
    ],
    ['dated-2025-09-04-zakharova-in-any-format', 'maria-zakharova', 'in any format'],
  ])('%s is %s saying %j', (id, speakerId, text) => {
    const found = quote(id);
    expect(found).toMatchObject({ speakerId, text });
    const report = dataset.reports.find((r) => r.id === found?.reportId);
    expect(report?.text.slice(found?.start, found?.end)).toBe(text);
  });

  it('has both versions of Rutte’s quote as one disagreement', () => {
    const rutte = disagreement('rutte-too-powerful-or-too-strong');
    expect(rutte?.sides.map((s) => [s.reportId, s.text])).toEqual([
      ['unsigned', 'I think we really have to stop making Putin too powerful.'],
      ['post-news', 'We literally need to stop making Putin too strong,'],
    ]);
  });

  it('sets the Starmer sides against each other, each with its sentence', () => {
    const starmer = disagreement('starmer-in-person-or-by-video');
    expect(starmer?.kind).toBe('claim');
    const sentences = starmer?.sides.map((s) => sentenceOf(s.reportId, s.sentence)) ?? [];
    expect(sentences[0]).toMatch(/Keir Starmer, who participated in the summit/);
    expect(sentences[1]).toMatch(/Keir Starmer joined virtually/);
  });

  it.each([
    ['who-spoke-for-moscow', 'claim', 5],
    ['who-ruled-out-troops', 'claim', 4],
    ['peskov-guarantee-wording', 'quote', 2],
    ['zelensky-spelling', 'spelling', 5],
  ])('%s is a %s disagreement across %d reports', (id, kind, reports) => {
    const found = disagreement(id);
    expect(found?.kind).toBe(kind);
    expect(new Set(found?.sides.map((s) => s.reportId)).size).toBe(reports);
  });
});
