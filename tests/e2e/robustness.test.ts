import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTargets } from './support/browsers';
import {
  leftovers,
  markCount,
  marksInExcluded,
  snapshotDom,
  waitForStableMarks,
} from './support/dom-probes';
import { pageHealth, startRobustnessRig, type RobustnessRig } from './support/robustness-rig';
import { waitUntil } from './support/wait';

// Big and hostile pages (tests/fixtures/adversarial): the page keeps working, the
// extension's work stays bounded, and switching off leaves the page as it was.
describe.each(browserTargets())('robustness in $name: size and hostile pages', (target) => {
  let rig: RobustnessRig;

  beforeAll(async () => {
    rig = await startRobustnessRig(target);
  });

  afterAll(async () => {
    await rig?.close();
  });

  it.each([
    ['/huge-text.html', 'a 5 MB text node', 500],
    ['/many-nodes.html', '100k small nodes', 2000],
    ['/deep-nesting.html', 'nesting 5,000 deep', 30],
  ])(
    '%s (%s): highlights, stays responsive, restores',
    { timeout: 120_000 },
    async (path, _, least) => {
      const c = await rig.open(path);
      await c.force(false);
      const before = await snapshotDom(c.page, { digest: true });
      await c.force(true);
      const settling = await waitForStableMarks(c.page, { timeoutMs: 20_000 });
      expect(settling.settled).toBe(true);
      expect(settling.count).toBeGreaterThanOrEqual(least);
      const health = await pageHealth(c.page);
      expect(health.beats).toBeGreaterThan(0);
      expect(health.clicked).toBe(true);
      expect(health.worstLatencyMs).toBeLessThan(5000);
      expect(await marksInExcluded(c.page)).toEqual([]);
      await c.force(false);
      expect(await leftovers(c.page)).toEqual({ marks: 0, ownUi: 0, registered: 0 });
      expect(await snapshotDom(c.page, { digest: true })).toBe(before);
      expect(c.errors).toEqual([]);
      await c.page.close();
    },
  );

  it('the 5 MB page really holds one 5 MB text node', async () => {
    const c = await rig.open('/huge-text.html');
    await c.force(false);
    const nodes = await c.page.$eval('#huge', (el) =>
      Array.from(el.childNodes, (n) => n.nodeValue?.length ?? 0),
    );
    expect(nodes.length).toBe(1);
    expect(nodes[0]).toBeGreaterThanOrEqual(5_000_000);
    await c.page.close();
  });

  it('the deepest level (5,000) is highlighted', async () => {
    const c = await rig.open('/deep-nesting.html');
    await c.force(true);
    await waitForStableMarks(c.page, { timeoutMs: 20_000 });
    const depth = await c.page.evaluate(() => {
      let d = 0;
      for (let n: Node | null = document.querySelector('#bottom'); n; n = n.parentNode) d++;
      return d;
    });
    expect(depth).toBeGreaterThan(5000);
    expect(await c.page.$$eval('#bottom > mark', (marks) => marks.length)).toBeGreaterThan(3);
    await c.page.close();
  });

  it('a page mutating every 10 ms forever keeps ticking; batches are paced, marks bounded', async () => {
    const c = await rig.open('/mutating.html');
    await c.force(false);
    // The page's own record of our work on its ticker: marks added, and in how many passes
    // (a pass wraps its batch in one go, so its marks arrive in one observer callback).
    await c.page.evaluate(() => {
      const scope = globalThis as { tickerMarks?: number; tickerPasses?: number };
      scope.tickerMarks = 0;
      scope.tickerPasses = 0;
      new MutationObserver((records) => {
        let added = 0;
        for (const r of records) {
          r.addedNodes.forEach((n) => {
            if (n instanceof HTMLElement && n.matches('mark.summit-lens-mark')) added += 1;
          });
        }
        scope.tickerMarks! += added;
        if (added > 0) scope.tickerPasses! += 1;
      }).observe(document.getElementById('ticker')!, { childList: true, subtree: true });
    });
    let most = 0;
    const counters = async () => {
      const marks = await markCount(c.page);
      most = Math.max(most, marks);
      return c.page.evaluate(() => {
        const scope = globalThis as { ticks?: number; tickerMarks?: number; tickerPasses?: number };
        return { ticks: scope.ticks!, marks: scope.tickerMarks!, passes: scope.tickerPasses! };
      });
    };
    await c.page.bringToFront(); // the ticker keeps its 10 ms pace in the tab in front only
    await c.force(true);
    // First what must happen: the content script highlights what the ticker adds.
    const start = await waitUntil(counters, (now) => now.marks > 0, {
      what: 'highlights in the ticker',
      timeoutMs: 15_000,
    });
    // Then, over the page's next 200 items: it keeps ticking (within a generous bound), and
    // its additions are taken in paced batches, not item by item.
    const end = await waitUntil(counters, (now) => now.ticks >= start.ticks + 200, {
      what: '200 more ticks',
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    expect(end.passes - start.passes).toBeLessThan(100);
    expect(end.marks).toBeGreaterThan(start.marks);
    // The ticker holds 40 items of 3 names each, the page's first paragraph 6 more.
    expect(most).toBeLessThanOrEqual(40 * 3 + 10);
    const health = await pageHealth(c.page);
    expect(health.clicked).toBe(true);
    expect(health.worstLatencyMs).toBeLessThan(5000);
    await c.force(false);
    expect(await leftovers(c.page)).toEqual({ marks: 0, ownUi: 0, registered: 0 });
    expect(await c.page.$eval('#static', (p) => p.childNodes.length)).toBe(1);
    expect(c.errors).toEqual([]);
    await c.page.close();
  });

  it('a page that unwraps every highlight: no endless fight, text intact after off', async () => {
    const c = await rig.open('/unwrap-highlights.html');
    const text = () => c.page.$eval('#story', (el) => el.textContent);
    // The story as served: the content script may have highlighted (and the page unwrapped)
    // before the test could switch it off.
    const served = await c.page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('#story')!
        .textContent;
    });
    await c.force(false);
    const afterFirstOff = await text();
    // When each round of the fight began: a callback that saw our marks arrive in the story
    // (the page's own observer removes them in the same checkpoint).
    await c.page.evaluate(() => {
      const rounds: number[] = [];
      (globalThis as { roundsAt?: number[] }).roundsAt = rounds;
      new MutationObserver((records) => {
        const marked = records.some((r) =>
          [...r.addedNodes].some((n) => n instanceof HTMLElement && n.matches('mark')),
        );
        if (marked) rounds.push(performance.now());
      }).observe(document.getElementById('story')!, { childList: true, subtree: true });
    });
    await c.page.bringToFront();
    await c.force(true);
    // The fight goes on for a while: six rounds of highlights put back and removed...
    const rounds = await waitUntil(
      () => c.page.evaluate(() => (globalThis as { roundsAt?: number[] }).roundsAt!),
      (at) => at.length >= 6,
      { what: 'six rounds', timeoutMs: 30_000 },
    );
    // ...paced by the content script: after its first answer, a round comes at the earliest
    // its minimum interval (200 ms, pacer.ts) after the one before, less the spread of its own
    // work in them, however fast the page undoes them (unpaced, they would be ms apart).
    const gaps = rounds.slice(2).map((at, i) => at - rounds[i + 1]!);
    expect(Math.min(...gaps), `rounds at ${rounds.map(Math.round).join(', ')} ms`).toBeGreaterThan(
      100,
    );
    const health = await pageHealth(c.page);
    expect(health.clicked).toBe(true);
    expect(health.beats).toBeGreaterThan(0);
    await c.force(false);
    expect(await leftovers(c.page)).toEqual({ marks: 0, ownUi: 0, registered: 0 });
    expect(afterFirstOff).toBe(served);
    expect(await text()).toBe(served);
    expect(c.errors).toEqual([]);
    await c.page.close();
  });

  it('a page that rewraps every highlight: text intact, nothing left after off', async () => {
    const c = await rig.open('/rewrap-highlights.html');
    const text = () => c.page.$eval('#story', (el) => el.textContent);
    await c.force(false);
    const original = await text();
    await c.force(true);
    const settling = await waitForStableMarks(c.page);
    expect(settling.settled).toBe(true);
    const inStory = await c.page.$$eval('#story mark', (m) => m.length);
    expect(inStory).toBeGreaterThan(5);
    expect(await c.page.$$eval('.rewrapped > mark', (m) => m.length)).toBe(inStory);
    expect(await text()).toBe(original);
    await c.force(false);
    expect(await leftovers(c.page)).toEqual({ marks: 0, ownUi: 0, registered: 0 });
    expect(await text()).toBe(original);
    expect((await pageHealth(c.page)).clicked).toBe(true);
    expect(c.errors).toEqual([]);
    await c.page.close();
  });
});
