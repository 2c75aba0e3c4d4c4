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

  it('a page mutating every 10 ms forever keeps its pace; marks stay bounded', async () => {
    const c = await rig.open('/mutating.html');
    const ticks = () => c.page.evaluate(() => (globalThis as { ticks?: number }).ticks ?? 0);
    const rate = async () => {
      const start = await ticks();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return (await ticks()) - start;
    };
    await c.force(false);
    const offRate = await rate();
    await c.page.evaluate(() => {
      const scope = globalThis as { tickerMarks?: number };
      scope.tickerMarks = 0;
      new MutationObserver((records) => {
        for (const r of records) {
          r.addedNodes.forEach((n) => {
            if (n instanceof HTMLElement && n.matches('mark.summit-lens-mark')) {
              scope.tickerMarks! += 1;
            }
          });
        }
      }).observe(document.getElementById('ticker')!, { childList: true, subtree: true });
    });
    await c.force(true);
    const onRate = await rate();
    expect(onRate).toBeGreaterThan(offRate * 0.5);
    // The ticker holds 40 items of 3 names each, the page's first paragraph 6 more.
    for (let i = 0; i < 10; i++) {
      expect(await markCount(c.page)).toBeLessThanOrEqual(40 * 3 + 10);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await c.page.waitForFunction(() => (globalThis as { tickerMarks?: number }).tickerMarks! > 0, {
      timeout: 15_000,
    });
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
    await c.page.evaluate(() => {
      (globalThis as { unwrapRounds?: number }).unwrapRounds = 0;
    });
    await c.force(true);
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const rounds = await c.page.evaluate(
      () => (globalThis as { unwrapRounds?: number }).unwrapRounds ?? 0,
    );
    // The pacer backs off from 200 ms to 5 s: a handful of rounds, not hundreds.
    expect(rounds).toBeGreaterThan(0);
    expect(rounds).toBeLessThanOrEqual(30);
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
