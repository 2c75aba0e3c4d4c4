import matcherData from 'virtual:summit-matcher';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageSummary } from '@/src/messaging/page-summary';
import { onMessages } from '@/src/messaging/wire';
import { ukraineGate } from '@/src/reading/relevance';
import { JUDGED_MARK, startSession } from '@/src/content/session';
import { send } from '../support/messages';
import { sessionStart, testServices } from '../support/session-services';
import { browserScheduler, type Scheduler } from '@/src/dom/scheduler';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import { saveSettings } from '@/src/settings/storage';

const PAGE =
  '<h1>Ukraine summit</h1><p>Volodymyr Zelensky met Emmanuel Macron at the Élysée Palace ' +
  'in Paris, where 26 countries pledged a reassurance force for Ukraine.</p>';

/** Settings for these tests: no hover cards (they need the background). */
const base: Settings = { ...DEFAULT_SETTINGS, hoverCards: false };

const kindsOnPage = () =>
  [...new Set([...document.querySelectorAll('mark')].map((m) => m.dataset.summitKind))].sort();

/**
 * Starts the session on the test document and listens with its handlers, as the gate does. By
 * default in one task, so what a test reads right after does not depend on the machine's load.
 */
function listenTo(
  signal: AbortSignal,
  settings: Settings,
  scheduler: Scheduler | null = null,
): void {
  const services = testServices({ initial: settings, scheduler });
  onMessages(startSession(document, signal, services, sessionStart(services)).handlers, signal);
}

// Every test: fresh fake storage holding `base`, messages to the background swallowed, and
// a signal that ends the session after the test.
let abort: AbortController;
beforeEach(async () => {
  fakeBrowser.reset();
  await saveSettings(base);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  abort = new AbortController();
});
afterEach(() => abort.abort());

describe('startSession with settings', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it.each([
    ['tests the text itself', {}, 1],
    ['trusts the gate that just tested it', { namesUkraine: true }, 0],
  ])('%s before judging', (_, hints, tests) => {
    const test = vi.spyOn(ukraineGate(matcherData.event), 'test');
    const services = testServices({ initial: base });
    onMessages(
      startSession(document, abort.signal, services, sessionStart(services, hints)).handlers,
      abort.signal,
    );
    expect(test).toHaveBeenCalledTimes(tests);
    expect(kindsOnPage()).toEqual(['country', 'figure', 'person', 'place', 'term']);
    test.mockRestore();
  });

  it('highlights a page about the summit with the default settings', () => {
    listenTo(abort.signal, base);
    expect(kindsOnPage()).toEqual(['country', 'figure', 'person', 'place', 'term']);
  });

  it('follows a settings change at once, without reload: kinds, then never-on, then back', async () => {
    listenTo(abort.signal, base);
    await saveSettings({ ...base, kinds: { ...base.kinds, person: false } });
    expect(kindsOnPage()).toEqual(['country', 'figure', 'place', 'term']);
    expect((await send('getPageSummary', undefined)).items.map((i) => i.kind)).toContain('person');
    await saveSettings({ ...base, neverOn: ['localhost'] });
    expect(document.querySelector('mark')).toBeNull();
    expect((await send('getPageSummary', undefined)).highlighted).toBe(false);
    await saveSettings(base);
    expect(kindsOnPage()).toHaveLength(5);
  });

  it('leaves the page alone until asked, then toggles with the command message', async () => {
    await saveSettings({ ...base, when: 'asked' });
    listenTo(abort.signal, { ...base, when: 'asked' });
    expect(document.querySelector('mark')).toBeNull();
    expect((await send('toggleHighlighting', undefined)).highlighted).toBe(true);
    expect(document.querySelector('mark')).not.toBeNull();
    expect((await send('toggleHighlighting', undefined)).highlighted).toBe(false);
    expect(document.querySelector('mark')).toBeNull();
  });

  it('highlights every page when asked to, even one that never names Ukraine', async () => {
    document.body.innerHTML = '<p>Emmanuel Macron spoke in Paris.</p>';
    await saveSettings({ ...base, when: 'every' });
    listenTo(abort.signal, { ...base, when: 'every' });
    expect(kindsOnPage()).toEqual(['person', 'place']);
  });

  it('walks the highlights with moveHighlight, in document order, wrapping', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    listenTo(abort.signal, base);
    const heads = [...document.querySelectorAll<HTMLElement>('mark[tabindex="0"]')];
    const visited: (Element | null)[] = [];
    for (let i = 0; i <= heads.length; i++) {
      expect(await send('moveHighlight', { direction: 'next' })).toBe(true);
      visited.push(document.activeElement);
    }
    expect(visited).toEqual([...heads, heads[0]]);
    await send('moveHighlight', { direction: 'previous' });
    expect(document.activeElement).toBe(heads.at(-1));
  });

  it('stops following settings once aborted, and restores the page', async () => {
    listenTo(abort.signal, base);
    abort.abort();
    expect(document.body.innerHTML).toBe(PAGE);
    await saveSettings({ ...base, when: 'every' });
    expect(document.querySelector('mark')).toBeNull();
  });
});

describe('startSession on a long page', () => {
  // ~400 KB of text: more than one slice of scanning on any machine.
  const longPage = () => PAGE + `<p>${'Quiet prose without names. '.repeat(60)}</p>`.repeat(250);

  it('scans and highlights over several tasks, then marks the pass done', async () => {
    document.body.innerHTML = longPage();
    performance.clearMarks('summit-lens:done');
    listenTo(abort.signal, base, browserScheduler(8));
    expect(document.querySelector('mark')).toBeNull();
    await vi.waitFor(() =>
      expect(performance.getEntriesByName('summit-lens:done')).toHaveLength(1),
    );
    expect(kindsOnPage()).toEqual(['country', 'figure', 'person', 'place', 'term']);
  });

  it('highlights text the page added while it was being scanned', async () => {
    document.body.innerHTML = longPage();
    performance.clearMarks('summit-lens:done');
    listenTo(abort.signal, base, browserScheduler(8));
    const added = document.body.appendChild(document.createElement('p'));
    added.textContent = 'Later, Giorgia Meloni spoke.';
    await vi.waitFor(() =>
      expect(performance.getEntriesByName('summit-lens:done')).toHaveLength(1),
    );
    expect(added.querySelector('mark[data-summit-id="giorgia-meloni"]')).not.toBeNull();
  });
});

describe('startSession after an app navigates', () => {
  const UNRELATED = '<h1>Markets</h1><p>Emmanuel Macron spoke on tariffs in Paris.</p>';
  const OTHER_SUMMIT =
    '<h1>Coalition</h1><p>Keir Starmer and Giorgia Meloni told the coalition of the willing ' +
    'in Paris that security guarantees for Ukraine would hold.</p>';
  const judged = () => performance.getEntriesByName(JUDGED_MARK).length;
  /** A body an app swaps in (Turbo, pjax), holding `html`. */
  const swapBody = (html: string) => {
    const body = document.createElement('body');
    body.innerHTML = html;
    document.body.replaceWith(body);
    return body;
  };
  const ids = async () => (await send('getPageSummary', undefined)).items.map((i) => i.id);

  beforeEach(() => {
    history.replaceState(null, '', '/summit');
    performance.clearMarks(JUDGED_MARK);
  });

  /** What the session told the background, last first. */
  let published: PageSummary[] = [];
  /** Starts a session on the document as it is, listening as the gate does. */
  const started = () => {
    const services = testServices({ initial: base });
    published = services.published;
    const session = startSession(document, abort.signal, services, sessionStart(services));
    onMessages(session.handlers, abort.signal);
    return session;
  };

  it('takes its highlights off a page that is no longer about the summit', async () => {
    document.body.innerHTML = PAGE;
    const session = started();
    expect(document.querySelector('mark')).not.toBeNull();
    history.pushState(null, '', '/markets');
    document.body.innerHTML = UNRELATED;
    session.navigated();
    await vi.waitFor(() => expect(judged()).toBe(2));
    const summary = await send('getPageSummary', undefined);
    expect(summary).toMatchObject({ relevant: false, highlighted: false });
    expect(summary.url).toMatch(/\/markets$/);
    expect(document.body.innerHTML).toBe(UNRELATED);
  });

  it('gives the address it is at now after going back to the summit article', async () => {
    document.body.innerHTML = PAGE;
    const session = started();
    history.pushState(null, '', '/markets');
    document.body.innerHTML = UNRELATED;
    session.navigated();
    await vi.waitFor(() => expect(judged()).toBe(2));
    expect(await send('getPageSummary', undefined)).toMatchObject({ relevant: false });
    history.replaceState(null, '', '/summit');
    document.body.innerHTML = PAGE;
    session.navigated();
    await vi.waitFor(() => expect(document.querySelector('mark')).not.toBeNull());
    const summary = await send('getPageSummary', undefined);
    expect(summary).toMatchObject({ relevant: true, highlighted: true });
    expect(summary.url).toMatch(/\/summit$/);
    expect(judged()).toBe(3);
  });

  it('highlights the summit article an app renders a moment after navigating to it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = UNRELATED;
      const session = started();
      history.pushState(null, '', '/summit-later');
      document.body.innerHTML = '<p>Loading…</p>';
      session.navigated();
      await vi.advanceTimersByTimeAsync(10);
      expect(document.querySelector('mark')).toBeNull();
      document.body.innerHTML = PAGE;
      await vi.advanceTimersByTimeAsync(1000);
      expect(kindsOnPage()).toEqual(['country', 'figure', 'person', 'place', 'term']);
      expect((await send('getPageSummary', undefined)).relevant).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('judges a new page that stays as it is once, however often the navigation is signalled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = PAGE;
      const session = started();
      expect(judged()).toBe(1);
      history.pushState(null, '', '/markets');
      document.body.innerHTML = UNRELATED;
      session.navigated();
      session.navigated();
      await vi.advanceTimersByTimeAsync(5000);
      expect(judged()).toBe(2);
      // Signalled where it already judged (a fragment aside): nothing is judged again.
      history.replaceState(null, '', '/markets#comments');
      session.navigated();
      await vi.advanceTimersByTimeAsync(5000);
      expect(judged()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows a new body to a summit article, then to an unrelated one, leaving the old ones as they were', async () => {
    document.body.innerHTML = UNRELATED;
    const session = started();
    const first = document.body;
    const summit = swapBody(OTHER_SUMMIT);
    session.navigated();
    await vi.waitFor(() => expect(summit.querySelector('mark')).not.toBeNull());
    expect(judged()).toBe(2);
    expect(first.innerHTML).toBe(UNRELATED);
    expect(await ids()).toContain('giorgia-meloni');
    expect(await send('getPageSummary', undefined)).toMatchObject({
      relevant: true,
      highlighted: true,
    });
    const unrelated = swapBody(UNRELATED);
    session.navigated();
    await vi.waitFor(() => expect(judged()).toBe(3));
    expect(await send('getPageSummary', undefined)).toMatchObject({
      relevant: false,
      highlighted: false,
    });
    expect(await ids()).not.toContain('giorgia-meloni');
    expect(document.querySelector('mark')).toBeNull();
    // The old body the app let go of is as it served it; the new one is untouched.
    expect(summit.innerHTML).toBe(OTHER_SUMMIT);
    expect(unrelated.innerHTML).toBe(UNRELATED);
    expect(judged()).toBe(3);
  });

  it('forgets the reader switching the old page off', async () => {
    document.body.innerHTML = PAGE;
    const session = started();
    await send('setHighlighting', { on: false });
    expect(document.querySelector('mark')).toBeNull();
    history.pushState(null, '', '/coalition');
    document.body.innerHTML = OTHER_SUMMIT;
    session.navigated();
    await vi.waitFor(() => expect(document.querySelector('mark')).not.toBeNull());
  });

  it('waits for the article an app renders after changing the address, and judges it once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = PAGE;
      const session = started();
      history.pushState(null, '', '/markets');
      session.navigated();
      await vi.advanceTimersByTimeAsync(10);
      // Still the old article on the page: still its highlights, at the new address.
      expect(kindsOnPage()).toHaveLength(5);
      expect((await send('getPageSummary', undefined)).url).toMatch(/\/markets$/);
      document.body.innerHTML = UNRELATED;
      await vi.advanceTimersByTimeAsync(5000);
      expect(judged()).toBe(2);
      expect(document.querySelector('mark')).toBeNull();
      expect(await send('getPageSummary', undefined)).toMatchObject({
        relevant: false,
        highlighted: false,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the judgement, and the reader switching it off, of the same article at a new address', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = PAGE;
      const session = started();
      await send('setHighlighting', { on: false });
      history.replaceState(null, '', '/summit?from=home');
      session.navigated();
      await vi.advanceTimersByTimeAsync(5000);
      expect(judged()).toBe(1);
      expect(document.querySelector('mark')).toBeNull();
      const summary = await send('getPageSummary', undefined);
      expect(summary).toMatchObject({ relevant: true, highlighted: false });
      expect(summary.url).toMatch(/\/summit\?from=home$/);
      // The badge and an open popup hear of the new address.
      expect(published.at(-1)).toEqual(summary);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('startSession judging a page by its own story', () => {
  const SIDEBAR =
    '<aside><h2>Related</h2><p>Volodymyr Zelensky met Emmanuel Macron in Paris, where 26 ' +
    'countries pledged a reassurance force for Ukraine.</p></aside>';
  const story = (text: string) =>
    `<article><h1>Story</h1><p>${text}</p><p>${'Quiet prose without names. '.repeat(25)}</p></article>`;

  it('leaves an unrelated story alone though its sidebar is about the summit', async () => {
    document.body.innerHTML = story('NATO allies discussed defence spending.') + SIDEBAR;
    listenTo(abort.signal, base);
    expect((await send('getPageSummary', undefined)).relevant).toBe(false);
    expect(document.querySelector('mark')).toBeNull();
  });

  it('highlights a summit story but not its sidebar, and counts only the story', async () => {
    document.body.innerHTML =
      story(
        'Volodymyr Zelensky met Emmanuel Macron in Paris, where 26 countries pledged a ' +
          'reassurance force for Ukraine.',
      ) + SIDEBAR;
    listenTo(abort.signal, base);
    const summary = await send('getPageSummary', undefined);
    expect(summary.relevant).toBe(true);
    expect(document.querySelector('article mark')).not.toBeNull();
    expect(document.querySelector('aside mark')).toBeNull();
    expect(summary.items.find((item) => item.id === 'paris')?.count).toBe(1);
  });

  it('keeps text added later to the story: a new sidebar paragraph gets no highlight', async () => {
    document.body.innerHTML =
      story(
        'Volodymyr Zelensky met Emmanuel Macron in Paris, where 26 countries pledged a ' +
          'reassurance force for Ukraine.',
      ) + SIDEBAR;
    listenTo(abort.signal, base);
    const added = document.createElement('p');
    added.textContent = 'Later, Giorgia Meloni spoke in Paris.';
    document.querySelector('article')!.appendChild(added);
    const outside = document.createElement('p');
    outside.textContent = 'Elsewhere, Giorgia Meloni spoke in Paris.';
    document.querySelector('aside')!.appendChild(outside);
    await vi.waitFor(() => expect(added.querySelector('mark')).not.toBeNull());
    expect(outside.querySelector('mark')).toBeNull();
  });
});
