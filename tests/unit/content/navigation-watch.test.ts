import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, placeOf, samePlace, watchNavigation } from '@/src/content/navigation-watch';

describe('samePlace', () => {
  const body = document.createElement('body');
  const at = (address: string, on: HTMLElement = body) => ({ address, body: on });
  it.each([
    ['https://news.example/a', 'https://news.example/b', false],
    ['https://news.example/a?page=2', 'https://news.example/a', false],
    ['https://news.example/a', 'https://news.example/a', true],
  ])('%s and %s: %s', (a, b, same) => {
    expect(samePlace(at(a), at(b))).toBe(same);
  });

  it('tells another body at the same address apart', () => {
    expect(
      samePlace(at('https://news.example/a'), at('https://news.example/a', document.body)),
    ).toBe(false);
  });

  it('reads the address without its fragment', () => {
    history.replaceState(null, '', '/article');
    const before = placeOf(document);
    history.replaceState(null, '', '/article#comments');
    expect(placeOf(document).address).toBe(before.address);
    expect(samePlace(placeOf(document), before)).toBe(true);
  });
});

describe('watchNavigation', () => {
  let abort: AbortController;
  let seen: number;
  const settle = async () => {
    await Promise.resolve(); // the observer of the root's children hears of a new body
    vi.advanceTimersByTime(0); // the look a task later
  };
  const newBody = (text: string) => {
    const body = document.createElement('body');
    body.textContent = text;
    return body;
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    history.replaceState(null, '', '/front');
    document.body.replaceWith(newBody('Front page'));
    abort = new AbortController();
    seen = 0;
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  describe('in a browser without the Navigation API', () => {
    beforeEach(() => {
      expect('navigation' in window).toBe(false);
      watchNavigation(document, abort.signal, () => (seen += 1));
    });

    it('finds an address pushed or replaced at its next read of the address', () => {
      history.pushState(null, '', '/article');
      vi.advanceTimersByTime(POLL_MS + 1); // the read, then the look a task later
      expect(seen).toBe(1);
      history.replaceState(null, '', '/other');
      vi.advanceTimersByTime(POLL_MS * 3);
      expect(seen).toBe(2);
    });

    it('hears back and forward at once', async () => {
      history.replaceState(null, '', '/earlier');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle();
      expect(seen).toBe(1);
      vi.advanceTimersByTime(POLL_MS * 3);
      expect(seen).toBe(1);
    });

    it('takes a new body for a new page, with or without a new address, once', async () => {
      document.body.replaceWith(newBody('An article'));
      await settle();
      expect(seen).toBe(1);
      history.pushState(null, '', '/article');
      document.body.replaceWith(newBody('Another article'));
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle();
      expect(seen).toBe(2);
      vi.advanceTimersByTime(POLL_MS * 3);
      expect(seen).toBe(2);
    });

    it('takes neither a new fragment nor an element added beside the body for a new page', async () => {
      history.pushState(null, '', '/front#comments');
      document.documentElement.appendChild(document.createElement('summit-lens-legend')).remove();
      await settle();
      vi.advanceTimersByTime(POLL_MS * 3);
      expect(seen).toBe(0);
    });

    it('calls nothing once its signal aborts', async () => {
      abort.abort();
      history.pushState(null, '', '/article');
      document.body.replaceWith(newBody('An article'));
      await settle();
      vi.advanceTimersByTime(POLL_MS * 3);
      expect(seen).toBe(0);
    });
  });

  describe('in a browser with the Navigation API', () => {
    const navigation = new EventTarget();
    beforeEach(() => {
      Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
      watchNavigation(document, abort.signal, () => (seen += 1));
    });
    afterEach(() => {
      delete (window as { navigation?: unknown }).navigation;
    });

    it('hears a change of entry once, after the app rendered, and reads no address itself', async () => {
      history.pushState(null, '', '/article');
      navigation.dispatchEvent(new Event('currententrychange'));
      document.body.replaceWith(newBody('An article'));
      await settle();
      expect(seen).toBe(1);
      // pushState and replaceState without the event (as no browser does) go unseen: no polling.
      history.replaceState(null, '', '/other');
      vi.advanceTimersByTime(POLL_MS * 3);
      expect(seen).toBe(1);
    });
  });
});
