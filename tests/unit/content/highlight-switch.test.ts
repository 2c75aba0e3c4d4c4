import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorMatch } from '@/src/matching/types';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { createHighlightSwitch } from '@/src/content/highlight-switch';

const startCards = vi.hoisted(() =>
  vi.fn(() => ({ controller: undefined, stop: () => undefined })),
);
vi.mock('@/src/card/start-cards', () => ({ startCards }));

const TEXT = 'Macron met Zelensky.';
const scan = (): ActorMatch[] => [
  { kind: 'person', id: 'macron', start: 0, end: 6, text: 'Macron' },
  { kind: 'country', id: 'ukraine', start: 11, end: 19, text: 'Zelensky' },
];

describe('createHighlightSwitch options', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.innerHTML = `<p>${TEXT}</p>`;
    startCards.mockClear();
  });

  it('highlights only what `show` lets through, but reports every match', () => {
    const reported: string[] = [];
    const highlighting = createHighlightSwitch(
      document.body,
      scan,
      (matches) => reported.push(...matches.map((m) => m.id)),
      { show: (match) => match.kind !== 'person', renderer: createWrappedRenderer },
    );
    highlighting.on();
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Zelensky']);
    expect(reported).toEqual(['macron', 'ukraine']);
    highlighting.off();
  });

  it("injects its renderer's style sheet for the given look", () => {
    const highlighting = createHighlightSwitch(document.body, scan, () => undefined, {
      renderer: createWrappedRenderer,
      look: { colours: { person: '#010203' } },
    });
    highlighting.on();
    expect(document.head.querySelector('style')!.textContent).toContain(
      '--summit-lens-person: #010203;',
    );
    highlighting.off();
    expect(document.head.querySelector('style')).toBeNull();
  });

  it.each([
    [undefined, 1],
    [true, 1],
    [false, 0],
  ])('starts hover cards when cards is %s', (cards, calls) => {
    const cardService = { load: async () => undefined, openInPopup: () => undefined };
    const t = (key: string) => key;
    const highlighting = createHighlightSwitch(document.body, scan, () => undefined, {
      cards,
      cardService,
      t,
      renderer: createWrappedRenderer,
    });
    highlighting.on();
    expect(startCards).toHaveBeenCalledTimes(calls);
    highlighting.off();
  });
});
