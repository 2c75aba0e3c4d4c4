import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTargets } from './support/browsers';
import {
  marksInExcluded,
  markSentinel,
  snapshotDom,
  waitForStableMarks,
} from './support/dom-probes';
import { openPopup } from './support/launch';
import {
  pageHealth,
  roundTrip,
  startRobustnessRig,
  type OpenedCase,
  type RobustnessRig,
} from './support/robustness-rig';
import { waitUntil } from './support/wait';

/** The ids of the highlights inside `selector`. */
function markIds(c: OpenedCase, selector: string): Promise<string[]> {
  return c.page.$$eval(`${selector} mark.summit-lens-mark`, (marks) =>
    marks.map((m) => m.getAttribute('data-summit-id') ?? ''),
  );
}

/** Asserts what every case must show: restored, nothing excluded marked, no page error. */
function expectClean(c: OpenedCase, trip: Awaited<ReturnType<typeof roundTrip>>): void {
  expect(trip.settling.settled).toBe(true);
  expect(trip.excluded).toEqual([]);
  expect(trip.left).toEqual({ marks: 0, ownUi: 0, registered: 0 });
  expect(trip.after).toBe(trip.before);
  // Firefox reports the policy blocking its own favicon request as a page error.
  expect(c.errors.filter((e) => !e.includes('favicon.ico'))).toEqual([]);
}

// Pages whose content is unusual rather than big: markup-looking text, a strict CSP, editable
// regions, shadow roots, iframes, right-to-left text and legacy charsets.
describe.each(browserTargets())('robustness in $name: unusual content', (target) => {
  let rig: RobustnessRig;

  beforeAll(async () => {
    rig = await startRobustnessRig(target);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('text that looks like markup stays text; nothing runs, in the page or the popup', async () => {
    const c = await rig.open('/injection.html');
    const census = () =>
      c.page.evaluate(() => ({
        text: document.body.textContent,
        elements: document.querySelectorAll('body *:not(mark.summit-lens-mark)').length,
        pwned: (globalThis as { pwned?: unknown }).pwned ?? null,
      }));
    await c.force(false);
    const before = await census();
    const trip = await roundTrip(c, async () => {
      expect(await census()).toEqual(before);
      expect(
        await c.page.$$eval('mark.summit-lens-mark', (ms) =>
          ms.every((m) => [...m.childNodes].every((n) => n.nodeType === Node.TEXT_NODE)),
        ),
      ).toBe(true);
      const ids = await markIds(c, '#story');
      expect(ids).toEqual(expect.arrayContaining(['volodymyr-zelensky', 'emmanuel-macron']));
      const popup = await openPopup(rig.ext, c.tabId);
      const inPopup = await popup.evaluate(() => ({
        active: document.querySelectorAll('img[src="x"], [onerror], [onclick], script:not([src])')
          .length,
        pwned: (globalThis as { pwned?: unknown }).pwned ?? null,
      }));
      expect(inPopup).toEqual({ active: 0, pwned: null });
      await popup.close();
    });
    expectClean(c, trip);
    expect(await census()).toEqual(before);
    await c.page.close();
  });

  it("a strict CSP (default-src 'none') is not violated and highlights are styled", async () => {
    const c = await rig.open('/csp-strict.html', (page) =>
      page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        (globalThis as { cspViolations?: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      }),
    );
    const served = await fetch(rig.server.url('/csp-strict.html'));
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'");
    const trip = await roundTrip(c, async () => {
      expect(await markIds(c, '#story')).toContain('volodymyr-zelensky');
      const look = await c.page.$eval('#story mark.summit-lens-mark', (m) => {
        const style = getComputedStyle(m);
        return { background: style.backgroundColor, line: style.textDecorationLine };
      });
      // Unstyled, a <mark> is the browser's yellow with no underline.
      expect(look.background).not.toBe('rgb(255, 255, 0)');
      expect(look.line).toContain('underline');
    });
    expectClean(c, trip);
    const violations = await c.page.evaluate(
      () => (globalThis as { cspViolations?: string[] }).cspViolations ?? [],
    );
    expect(violations.filter((v) => !v.includes('favicon.ico'))).toEqual([]);
    await c.page.close();
  });

  it('editable regions and form fields are never marked, even while typing', async () => {
    const c = await rig.open('/editable.html');
    const fields = () =>
      c.page.evaluate(() => ({
        comment: (document.getElementById('comment') as HTMLTextAreaElement).value,
        field: (document.getElementById('field') as HTMLInputElement).value,
        choice: (document.getElementById('choice') as HTMLSelectElement).value,
      }));
    const values = await fields();
    const trip = await roundTrip(c, async () => {
      expect(await markIds(c, '#prose')).toContain('volodymyr-zelensky');
      const stray = await c.page.$$eval('mark.summit-lens-mark', (marks) =>
        marks.filter((m) => !m.closest('h1, #prose, #later')).map((m) => m.textContent),
      );
      expect(stray).toEqual([]);
      await c.page.click('#editor b');
      await c.page.keyboard.type(' Zelensky thanks Macron in Paris for the reassurance force.');
      await c.page.click('#comment');
      await c.page.keyboard.press('End');
      await c.page.keyboard.type(' and Keir Starmer');
      // Highlighted text added after the typing: the typing has been dealt with by then.
      await markSentinel(c.page, '#prose');
      expect(await marksInExcluded(c.page)).toEqual([]);
      expect(await c.page.$eval('#editor', (e) => e.textContent)).toContain('thanks Macron');
      expect((await fields()).comment).toBe(values.comment + ' and Keir Starmer');
      expect(
        await c.page.evaluate(() => (globalThis as { inputs?: number }).inputs),
      ).toBeGreaterThan(0);
      expect((await pageHealth(c.page)).clicked).toBe(true);
    });
    expect(trip.settling.settled).toBe(true);
    expect(trip.excluded).toEqual([]);
    expect(trip.left).toEqual({ marks: 0, ownUi: 0, registered: 0 });
    expect(c.errors).toEqual([]);
    await c.page.close();
  });

  it('a region made editable after highlighting keeps no highlights', async () => {
    const c = await rig.open('/editable.html');
    await c.force(true);
    await waitForStableMarks(c.page);
    expect((await markIds(c, '#later')).length).toBeGreaterThan(0);
    await c.page.$eval('#later', (el) => el.setAttribute('contenteditable', 'true'));
    await markSentinel(c.page, '#prose');
    expect(await marksInExcluded(c.page)).toEqual([]);
    expect(await markIds(c, '#later')).toEqual([]);
    await c.page.close();
  });

  it('open, closed and declarative shadow roots are left alone and keep working', async () => {
    const c = await rig.open('/shadow-roots.html');
    const roots = () =>
      c.page.evaluate(() => {
        const open = document.getElementById('open-host')!.shadowRoot!;
        const declarative = document.getElementById('declarative')!.shadowRoot;
        return {
          open: open.textContent,
          openElements: open.querySelectorAll('*').length,
          renders: Number(open.querySelector('p')!.dataset.renders ?? 0),
          declarative: declarative?.innerHTML ?? null,
          closed: (globalThis as { closedShadowHtml?: () => string }).closedShadowHtml!(),
        };
      });
    await c.force(false);
    const before = await roots();
    expect(before.declarative).toContain('Declarative');
    const trip = await roundTrip(c, async () => {
      expect(await markIds(c, '#light')).toContain('volodymyr-zelensky');
      const now = await roots();
      expect({ ...now, renders: 0 }).toEqual({ ...before, renders: 0 });
      expect(now.renders).toBeGreaterThan(before.renders);
      expect((await pageHealth(c.page)).clicked).toBe(true);
    });
    expectClean(c, trip);
    expect({ ...(await roots()), renders: 0 }).toEqual({ ...before, renders: 0 });
    await c.page.close();
  });

  it('same-origin, cross-origin and srcdoc iframes keep running and are left as served', async () => {
    const c = await rig.open('/iframes.html');
    await c.page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
    const children = async (): Promise<{ frames: Frame[]; ready: boolean[] }> => {
      const frames = c.page.frames().filter((f) => f !== c.page.mainFrame());
      const ready = await Promise.all(
        frames.map((f) => f.evaluate(() => document.readyState === 'complete').catch(() => false)),
      );
      return { frames, ready };
    };
    const { frames } = await waitUntil(
      children,
      ({ ready }) => ready.length === 3 && ready.every(Boolean),
      { what: 'the three frames loaded' },
    );
    const origins = await Promise.all(frames.map((f) => f.evaluate(() => location.origin)));
    expect(origins).toEqual(expect.arrayContaining([rig.server.origin, rig.cross.origin]));
    await c.force(false);
    const digests = await Promise.all(frames.map((f) => snapshotDom(f, { digest: true })));
    const beats = () =>
      Promise.all(
        frames.map((f) => f.evaluate(() => (globalThis as { beats?: number }).beats ?? 0)),
      );
    const trip = await roundTrip(c, async () => {
      const start = await beats();
      // srcdoc has no script; the two served frames do, and keep beating.
      const later = await waitUntil(
        beats,
        (now) => now.filter((b, i) => b > start[i]!).length >= 2,
        { what: 'two frames beating' },
      );
      expect(later.filter((b, i) => b > start[i]!).length).toBe(2);
      for (const frame of frames) expect(await marksInExcluded(frame)).toEqual([]);
    });
    expectClean(c, trip);
    expect(await Promise.all(frames.map((f) => snapshotDom(f, { digest: true })))).toEqual(digests);
    await c.page.close();
  });

  it('right-to-left text with bidi controls: names found, text and order untouched', async () => {
    const c = await rig.open('/rtl.html');
    const texts = () => c.page.$$eval('p', (ps) => ps.map((p) => p.textContent));
    await c.force(false);
    const before = await texts();
    const trip = await roundTrip(c, async () => {
      const ids = await markIds(c, 'body');
      expect(ids).toEqual(
        expect.arrayContaining(['volodymyr-zelensky', 'emmanuel-macron', 'keir-starmer']),
      );
      expect(await texts()).toEqual(before);
      expect(await c.page.evaluate(() => document.dir)).toBe('rtl');
    });
    expectClean(c, trip);
    await c.page.close();
  });

  it('a windows-1251 page (charset in the header) is decoded and highlighted', async () => {
    const c = await rig.open('/cyrillic-1251.html');
    expect(await c.page.evaluate(() => document.characterSet)).toBe('windows-1251');
    expect(await c.page.$eval('#uk', (p) => p.textContent)).toContain('Володимир Зеленський');
    const trip = await roundTrip(c, async () => {
      expect(await markIds(c, '#en')).toContain('volodymyr-zelensky');
      expect((await pageHealth(c.page)).clicked).toBe(true);
    });
    expectClean(c, trip);
    await c.page.close();
  });

  it('an ISO-8859-1 page (charset only in <meta>) matches accented names', async () => {
    const c = await rig.open('/latin1-meta.html');
    // The Encoding Standard maps the label iso-8859-1 to windows-1252.
    expect(await c.page.evaluate(() => document.characterSet)).toBe('windows-1252');
    const trip = await roundTrip(c, async () => {
      expect(await markIds(c, '#fr')).toEqual(
        expect.arrayContaining(['volodymyr-zelensky', 'elysee-palace']),
      );
    });
    expectClean(c, trip);
    await c.page.close();
  });
});
