import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/dataset/schema';
import { realDataset } from './real-dataset';

const { dataset } = await realDataset();
const REPORT_IDS = ['afp', 'dated-2025-09-04', 'islamabad-paris', 'post-news', 'unsigned'];

const reportsMentioning = (d: Dataset, itemId: string) =>
  [...new Set(d.mentions.filter((m) => m.itemId === itemId).map((m) => m.reportId))].sort();

describe('the reports', () => {
  it.each([
    ['afp', '000_b7b7b11176a966f2.txt', 'AFP', 'PARIS', undefined, undefined],
    ['unsigned', '001_9ef5bc52e672a7d6.txt', 'Unsigned report', undefined, undefined, undefined],
    ['post-news', '002_33c22782cb5edc56.txt', 'The Post News', undefined, undefined, undefined],
    [
      'islamabad-paris',
      '003_56aeeda40cff7ddd.txt',
      'Islamabad/Paris report',
      'ISLAMABAD/PARIS',
      undefined,
      'Russia Rejects Western Security Guarantees for Ukraine as 26 Nations Pledge “Reassurance Force”',
    ],
    [
      'dated-2025-09-04',
      '004_17ae51f1f41d3451.txt',
      '4 September report',
      undefined,
      '2025-09-04',
      undefined,
    ],
  ])('%s is %s, shown as %s', (id, file, source, dateline, date, headline) => {
    const report = dataset.reports.find((r) => r.id === id);
    expect(report).toMatchObject({ file, source });
    expect(report?.dateline).toBe(dateline);
    expect(report?.date).toBe(date);
    expect(report?.headline).toBe(headline);
  });

  it('drops mentions in links, credits and sign-offs, keeps those in headings', () => {
    const link = dataset.reports
      .find((r) => r.id === 'islamabad-paris')
      ?.furniture.find((f) => f.kind === 'link');
    expect(link).toBeDefined();
    const inLink = dataset.mentions.filter(
      (m) =>
        m.reportId === 'islamabad-paris' &&
        m.start >= (link?.start ?? 0) &&
        m.end <= (link?.end ?? 0),
    );
    expect(inLink).toEqual([]);
    expect(dataset.mentions.some((m) => m.itemId === 'kremlin' && m.text === 'Kremlin')).toBe(true);
  });
});

describe('actors', () => {
  it.each([
    ['volodymyr-zelensky', REPORT_IDS],
    ['emmanuel-macron', REPORT_IDS],
    ['vladimir-putin', REPORT_IDS],
    ['mark-rutte', ['dated-2025-09-04', 'post-news', 'unsigned']],
    ['dmitry-peskov', ['islamabad-paris', 'post-news']],
    ['keir-starmer', ['islamabad-paris', 'unsigned']],
    ['german-gref', ['post-news']],
    ['sberbank', ['post-news']],
    ['robert-fico', ['dated-2025-09-04']],
    ['druzhba-pipeline', ['post-news']],
    ['danish-refugee-council', ['islamabad-paris', 'unsigned']],
    ['chernihiv', ['unsigned']],
    ['islamabad', ['islamabad-paris']],
    ['reassurance-force', REPORT_IDS],
    ['coalition-of-the-willing', ['dated-2025-09-04', 'post-news']],
    ['security-guarantees', REPORT_IDS],
  ])('%s is mentioned in %j', (id, reports) => {
    expect(reportsMentioning(dataset, id)).toEqual(reports);
  });

  it('spells Zelensky both ways across the reports', () => {
    const spellings = dataset.mentions
      .filter((m) => m.itemId === 'volodymyr-zelensky')
      .map((m) => m.text.split(' ').pop());
    expect(new Set(spellings)).toEqual(new Set(['Zelensky', 'Zelenskyy']));
  });

  it('reads German Gref as a person, not as Germany', () => {
    const gref = dataset.mentions.find((m) => m.text === 'German Gref');
    expect(gref?.itemId).toBe('german-gref');
    expect(dataset.mentions.filter((m) => m.itemId === 'germany').map((m) => m.text)).not.toContain(
      'German',
    );
  });

  it('describes people in the reports’ own words', () => {
    const describe = (id: string) => dataset.actors.find((a) => a.id === id)?.description;
    expect(describe('dmitry-peskov')).toBe('Kremlin spokesman');
    expect(describe('german-gref')).toMatch(/^Sberbank chief/);
    expect(describe('maria-zakharova')).toBe('Russian foreign ministry spokeswoman');
  });

  it('mentions every actor somewhere, except France, which the reports only call French', () => {
    const unmentioned = dataset.actors
      .filter((a) => reportsMentioning(dataset, a.id).length === 0)
      .map((a) => a.id);
    expect(unmentioned).toEqual(['france']);
  });
});
