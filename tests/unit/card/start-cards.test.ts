import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG } from '@/src/card/card-host';
import { startCards, type StartedCards } from '@/src/card/start-cards';
import type { Renderer } from '@/src/highlight/renderer';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { COUNTRIES, PAGE, t, ZELENSKY } from './support';
import { settle } from '../support/messages';

const cards = { [ZELENSKY.id]: ZELENSKY, [COUNTRIES.id]: COUNTRIES };
let stop: AbortController;
let load: ReturnType<typeof vi.fn<(id: string) => Promise<typeof ZELENSKY | undefined>>>;
let opened: string[];
let started: StartedCards;
let renderer: Renderer;

const host = () => document.querySelector(CARD_HOST_TAG);
const card = () => host()?.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;
const cardText = () => card()?.textContent ?? '';
const piece = (id: string, n = 0) =>
  document.querySelectorAll<HTMLElement>(`mark[data-summit-id="${id}"]`)[n]!;
const zelensky = () => piece(ZELENSKY.id);
// The cards follow the pointer's moves: over a target is a move on it, out of one towards
// another a move on that other one (out of the window: a mouseout with nothing related).
const mouse = (type: string, target: EventTarget, relatedTarget: EventTarget | null = null) => {
  const on = type === 'mouseover' ? target : relatedTarget;
  if (on === null) {
    return target.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
  }
  return on.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
};
const key = (target: EventTarget, name: string, shiftKey = false) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: name,
      shiftKey,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = PAGE;
  stop = new AbortController();
  opened = [];
  load = vi.fn((id: string) => Promise.resolve(cards[id]));
  renderer = createWrappedRenderer(document);
  started = startCards(document, renderer, stop.signal, {
    cards: { load, openInPopup: (id) => opened.push(id) },
    t,
  });
});

afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

describe('startCards', () => {
  it('changes nothing in the page until a card opens', async () => {
    const before = document.documentElement.innerHTML;
    mouse('mouseover', zelensky());
    await vi.advanceTimersByTimeAsync(100);
    mouse('mouseout', zelensky(), document.body);
    await vi.advanceTimersByTimeAsync(1000);
    expect(document.documentElement.innerHTML).toBe(before);
  });

  it('opens on hover after 250 ms, with the name and the report count', async () => {
    mouse('mouseover', zelensky());
    await vi.advanceTimersByTimeAsync(249);
    expect(card()).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(host()?.hasAttribute('data-summit-ui')).toBe(true);
    expect(host()?.parentNode).toBe(document.documentElement);
    await settle();
    expect(cardText()).toContain('Volodymyr Zelensky');
    expect(cardText()).toContain('cardInReports[5|5]');
  });

  it('stays open while the pointer moves into the card, closes after the grace period', async () => {
    mouse('mouseover', zelensky());
    await vi.advanceTimersByTimeAsync(300);
    mouse('mouseout', zelensky(), host());
    mouse('mouseover', host()!, zelensky());
    await vi.advanceTimersByTimeAsync(1000);
    expect(card()).not.toBeNull();
    mouse('mouseout', host()!, document.body);
    await vi.advanceTimersByTimeAsync(299);
    expect(card()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(card()).toBeNull();
  });

  it('opens at once on focus, and closes when focus leaves', async () => {
    zelensky().focus();
    await settle();
    expect(cardText()).toContain('Ukrainian President');
    (document.querySelector('a') as HTMLElement).focus();
    expect(card()).toBeNull();
  });

  it('shows a disputed page figure against the reports', async () => {
    piece(COUNTRIES.id, 1).dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(cardText()).toContain('figureLeadPage[qualifierExact[31]|qualifierExact[26]|');
    expect(cardText()).toContain('verdictDiffers');
    expect(cardText()).toContain('qualifierMoreThan[24]');
  });

  it('closes on Escape and puts focus back on the highlight without reopening', async () => {
    zelensky().focus();
    await settle();
    const button = host()!.shadowRoot!.querySelector('button')!;
    const reached = vi.fn();
    button.addEventListener('focus', reached);
    key(zelensky(), 'Tab');
    expect(reached).toHaveBeenCalledOnce();
    expect(card()).not.toBeNull();
    key(host()!, 'Escape');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(zelensky());
  });

  it('enters the card of the focused highlight on Enter or ↓', async () => {
    for (const name of ['Enter', 'ArrowDown']) {
      zelensky().focus();
      await settle();
      expect(key(zelensky(), name)).toBe(false); // handled: the default is prevented
      expect(host()!.shadowRoot!.activeElement).not.toBeNull();
      key(host()!, 'Escape');
      expect(document.activeElement).toBe(zelensky());
      zelensky().blur();
    }
  });

  it('enters a card next/previous opened on ↓, but leaves the keys of a focused control alone', async () => {
    const [first] = renderer.mentions();
    started.controller.show(first!, { byKeyboard: true });
    await settle();
    const link = document.querySelector('a')!;
    link.focus();
    expect(key(link, 'Enter')).toBe(true); // not prevented: the link follows
    expect(host()!.shadowRoot!.activeElement).toBeNull();
    link.blur();
    expect(key(document.body, 'ArrowDown')).toBe(false);
    expect(host()!.shadowRoot!.activeElement).not.toBeNull();
  });

  it('lets ↓ scroll the page under a hover card', async () => {
    mouse('mouseover', zelensky());
    await vi.advanceTimersByTimeAsync(300);
    expect(card()).not.toBeNull();
    expect(key(document.body, 'ArrowDown')).toBe(true);
    expect(host()!.shadowRoot!.activeElement).toBeNull();
  });

  it('closes a hover card on Escape without moving focus', async () => {
    mouse('mouseover', zelensky());
    await vi.advanceTimersByTimeAsync(300);
    key(document.body, 'Escape');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('closes a hover card on scroll', async () => {
    mouse('mouseover', zelensky());
    await vi.advanceTimersByTimeAsync(300);
    document.dispatchEvent(new Event('scroll'));
    expect(card()).toBeNull();
  });

  it('asks for each item once, and opens it in the popup from the button', async () => {
    zelensky().focus();
    await settle();
    zelensky().blur();
    zelensky().focus();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    host()!.shadowRoot!.querySelector('button')!.click();
    expect(opened).toEqual([ZELENSKY.id]);
    expect(card()).toBeNull();
  });

  it('removes the host and stops listening on abort', async () => {
    const before = document.body.innerHTML;
    zelensky().focus();
    await settle();
    expect(host()).not.toBeNull();
    stop.abort();
    expect(host()).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    zelensky().blur();
    zelensky().focus();
    mouse('mouseover', piece(COUNTRIES.id));
    await vi.advanceTimersByTimeAsync(1000);
    expect(host()).toBeNull();
  });

  it('removes the host when its undo runs', async () => {
    const undo = startCards(
      document,
      createWrappedRenderer(document),
      new AbortController().signal,
      { cards: { load, openInPopup: () => undefined }, t },
    ).stop;
    stop.abort();
    zelensky().focus();
    await settle();
    expect(host()).not.toBeNull();
    undo();
    expect(host()).toBeNull();
  });
});
