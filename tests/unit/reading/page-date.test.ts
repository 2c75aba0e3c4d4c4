import { describe, expect, it } from 'vitest';
import { isoDay, readPublished } from '@/src/reading/page-date';

const page = (head: string, body = '<p>Story</p>') => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return readPublished(document, document.body)?.value;
};
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPublished', () => {
  it.each<[string, string, string | undefined, number | undefined]>([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2025-09-04T18:30:00+02:00">',
      undefined,
      20250904,
    ],
    ['JSON-LD', ld({ '@type': 'NewsArticle', datePublished: '2025-09-05' }), undefined, 20250905],
    [
      'JSON-LD in a graph',
      ld({ '@graph': [{ '@type': 'WebPage' }, { datePublished: '2025-09-05T08:00Z' }] }),
      undefined,
      20250905,
    ],
    ['a time element', '', '<p><time datetime="2025-09-04">Thursday</time> Story</p>', 20250904],
    ['no date', '', undefined, undefined],
    ['an unreadable date', '<meta name="date" content="yesterday">', undefined, undefined],
    [
      'a malformed JSON-LD block',
      '<script type="application/ld+json">{oops</script>',
      undefined,
      undefined,
    ],
    [
      'metadata that contradicts itself',
      '<meta property="article:published_time" content="2025-09-04">' +
        ld({ datePublished: '2026-01-06' }),
      undefined,
      undefined,
    ],
    [
      'metadata over an entry’s time that is days away',
      '<meta property="article:published_time" content="2025-09-04">',
      '<p><time datetime="2025-09-20">Updated</time> Story</p>',
      20250904,
    ],
    [
      'metadata that agrees within days',
      '<meta property="article:published_time" content="2025-09-04">' +
        ld({ datePublished: '2025-09-05' }),
      undefined,
      20250904,
    ],
  ])('%s', (_, head, body, expected) => {
    expect(page(head, body)).toBe(expected);
  });

  it.each([
    ['2025-13-01', undefined],
    ['2025-02-30x', 20250230],
    [42, undefined],
    ['0001-01-01', undefined],
  ])('reads %s as %s', (raw, expected) => {
    expect(isoDay(raw)).toBe(expected);
  });
});
