import matcherData from 'virtual:summit-matcher';
import { describe, expect, it } from 'vitest';
import { reportTexts } from '../../fixtures/news-page';
import { createScanner } from '@/src/matching';
import gate from 'virtual:summit-gate';
import { judgeRelevance, namesUkraine, ukraineGate } from '@/src/reading/relevance';

const scanner = createScanner(matcherData);
const { event } = matcherData;
const judge = (text: string) =>
  gate.test(text) ? judgeRelevance(scanner.scan(text), event) : { relevant: false, reasons: [] };

describe('judgeRelevance', () => {
  it.each(reportTexts().map((r) => [r.file, r.text]))(
    'takes report %s to be about the summit',
    (_f, text) => {
      expect(judge(text).relevant).toBe(true);
    },
  );

  it.each([
    [
      'tariffs',
      'Donald Trump doubled tariffs on India on Tuesday; Washington said Russia oil was the reason.',
    ],
    [
      'NATO spending',
      'NATO chief Mark Rutte urged members to spend 5% on defence; Trump welcomed it. Putin said nothing.',
    ],
    [
      'French government crisis',
      'Emmanuel Macron named a new prime minister at the Élysée Palace as the government fell in Paris.',
    ],
    ['football in Paris', 'Paris Saint-Germain beat Marseille 3-1 in Paris on Sunday night.'],
    [
      'the war without the summit',
      'Ukraine said Russian drones hit Kyiv overnight; Zelensky called for air defence.',
    ],
    [
      'a Kremlin story in the war’s general vocabulary',
      'Dmitry Peskov said security guarantees for Ukraine could not rest on NATO troops; Zelensky disagreed in Kyiv.',
    ],
    [
      'a French page naming Ukraine and the Élysée',
      "L'Élysée a réagi à Paris; l'Ukraine a envoyé ses condoléances.",
    ],
  ])('does not take a %s story to be about the summit', (_name, text) => {
    expect(judge(text).relevant).toBe(false);
  });

  it('takes a phrase naming the summit for its set terms', () => {
    const text = 'Zelenskyy and Trump joined a video call at a Paris summit, Macron said.';
    const matches = scanner.scan(text);
    expect(judgeRelevance(matches, event).relevant).toBe(false);
    expect(judgeRelevance(matches, event, { summitPhrases: 1 }).relevant).toBe(true);
  });

  it('never takes a page its dates rule out, and says why', () => {
    const text = 'Zelensky welcomed the reassurance force that 26 countries pledged in Paris.';
    const dates = { summitDateMentions: 0, ruledOut: 'before' as const };
    expect(judgeRelevance(scanner.scan(text), event, { dates })).toMatchObject({
      relevant: false,
      dates,
    });
  });

  it('gives the summit items it found as reasons, in order of first mention', () => {
    const text =
      'Zelensky welcomed the reassurance force that 26 countries pledged, Macron said in Paris.';
    const { relevant, reasons } = judge(text);
    expect(relevant).toBe(true);
    expect(reasons).toEqual([
      'volodymyr-zelensky',
      'reassurance-force',
      'countries-committed',
      'emmanuel-macron',
      'paris',
    ]);
  });

  it('judges by the event’s items, as the data gives them', () => {
    const text = 'Zelensky welcomed the reassurance force, Macron said in Paris.';
    const matches = scanner.scan(text);
    expect(judgeRelevance(matches, event).relevant).toBe(true);
    const otherwise = { ...event, summit: event.summit.filter((id) => id !== 'reassurance-force') };
    expect(judgeRelevance(matches, otherwise).relevant).toBe(false);
    expect(judgeRelevance(matches, { ...event, context: [] }).reasons).toEqual([
      'volodymyr-zelensky',
      'reassurance-force',
    ]);
  });

  it('costs a page without Ukraine one regex test: the gate rejects it', () => {
    expect(gate.test('Macron and Trump met NATO leaders in Paris.')).toBe(false);
    expect(gate.test('KIEW: Selenskyj sprach.')).toBe(true);
  });

  it('has one gate, the packs’ stems, for the content script and the highlighter', () => {
    expect(gate.source).toBe(event.gate);
    expect(gate.flags).toBe('i');
    expect(ukraineGate(event)).toEqual(gate);
    expect(ukraineGate(event)).toBe(ukraineGate(event));
    expect(event.gate.split('|').sort()).toEqual(
      ['kiev', 'kiew', 'kyiv', 'kyjiw', 'selensk', 'ukrain', 'zelens'].sort(),
    );
  });
});

describe('namesUkraine', () => {
  const page = (light: string) => {
    document.title = 'News';
    document.body.innerHTML = light;
    return document;
  };
  const shadow = (host: Element, html: string) => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = html;
    return root;
  };

  it('reads the title and the light text', () => {
    expect(namesUkraine(page('<p>Zelensky spoke.</p>'), gate)).toBe(true);
    expect(namesUkraine(page('<p>Tariffs rose.</p>'), gate)).toBe(false);
  });

  it('reads open shadow roots, nested ones too, on a page with little text of its own', () => {
    const doc = page('<x-app></x-app>');
    const outer = shadow(doc.querySelector('x-app')!, '<nav>Home</nav><x-story></x-story>');
    expect(namesUkraine(doc, gate)).toBe(false);
    shadow(outer.querySelector('x-story')!, '<article><p>Zelensky met Macron.</p></article>');
    expect(namesUkraine(doc, gate)).toBe(true);
  });

  it('leaves the shadow roots of a page with text of its own unread', () => {
    const doc = page(`<p>${'Tariffs rose again. '.repeat(200)}</p><x-story></x-story>`);
    shadow(doc.querySelector('x-story')!, '<p>Zelensky met Macron.</p>');
    expect(namesUkraine(doc, gate)).toBe(false);
  });
});
