import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG } from '@/src/card/card-host';
import type { ActorMatch } from '@/src/matching/types';
import type { Match } from '@/src/matching/types';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import {
  createHighlightSwitch,
  type SwitchOptions,
  type SwitchServices,
} from '@/src/content/highlight-switch';
import { t, ZELENSKY } from '../card/support';

const TEXT = 'Macron met Zelensky.';
const found = (): ActorMatch[] => [
  { kind: 'person', id: 'emmanuel-macron', start: 0, end: 6, text: 'Macron' },
  { kind: 'person', id: ZELENSKY.id, start: 11, end: 19, text: 'Zelensky' },
];
const services: SwitchServices = {
  renderer: createWrappedRenderer,
  scheduler: null,
  cards: { load: async (id) => (id === ZELENSKY.id ? ZELENSKY : undefined), openInPopup: () => {} },
  t,
};
const marks = () => [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
const cardHost = () => document.querySelector(CARD_HOST_TAG);

/** A switch over the body, reading `found`, recording every match reported. */
function make(options: SwitchOptions = {}, more: Partial<SwitchServices> = {}) {
  const reported: Match[] = [];
  const highlighting = createHighlightSwitch(
    { root: document.body, read: found, onMatches: (matches) => reported.push(...matches) },
    { ...services, ...more },
    options,
  );
  return { highlighting, reported };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.head.replaceChildren();
  document.body.innerHTML = `<p>${TEXT}</p>`;
});
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.querySelectorAll(CARD_HOST_TAG).forEach((host) => host.remove());
});

describe('a highlight switch', () => {
  it('highlights only what `show` lets through, but reports every match', () => {
    const { highlighting, reported } = make({ show: (match) => match.id !== 'emmanuel-macron' });
    highlighting.on();
    expect(marks()).toEqual(['Zelensky']);
    expect(reported.map((match) => match.id)).toEqual(['emmanuel-macron', ZELENSKY.id]);
    highlighting.off();
    expect(marks()).toEqual([]);
    expect(document.body.innerHTML).toBe(`<p>${TEXT}</p>`);
  });

  it("injects its renderer's style sheet for the given look, and takes it away when off", () => {
    const { highlighting } = make({ look: { colours: { person: '#010203' } } });
    highlighting.on();
    expect(document.head.querySelector('style')!.textContent).toContain(
      '--summit-lens-person: #010203;',
    );
    highlighting.off();
    expect(document.head.querySelector('style')).toBeNull();
  });

  it.each([
    [undefined, true],
    [true, true],
    [false, false],
  ])('with cards %s, a focused highlight shows its card: %s', async (cards, shown) => {
    const { highlighting } = make({ cards });
    highlighting.on();
    // The navigator moves to the first highlight as the keyboard command does, and opens its
    // card when there are cards; without them the highlight is still made current.
    expect(highlighting.navigator?.move('next')).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(cardHost() !== null).toBe(shown);
    highlighting.off();
    expect(cardHost()).toBeNull();
  });

  it('keeps highlighting when its style cannot be added, and names the style in the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A page whose policy refuses the sheet, say: the style part throws as it starts.
    const renderer: SwitchServices['renderer'] = (doc) => ({
      ...createWrappedRenderer(doc),
      style: () => {
        throw new Error('refused');
      },
    });
    const { highlighting } = make({}, { renderer });
    highlighting.on();
    expect(marks()).toEqual(['Macron', 'Zelensky']);
    expect(highlighting.navigator?.move('next')).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('the style could not start'),
      expect.any(Error),
    );
    highlighting.off();
    expect(marks()).toEqual([]);
    warn.mockRestore();
  });
});
