import type { Page } from 'puppeteer-core';

/** One highlighted mention as the page shows it (its pieces joined). */
export interface PageMention {
  id: string;
  kind: string;
  text: string;
  status?: string;
  value?: string;
  /** Whether the mention lies inside the page's <article> (or <main>). */
  inArticle: boolean;
}

/** The page's highlighted mentions in document order, read through the DOM contract. */
export function mentionsOf(page: Page): Promise<PageMention[]> {
  return page.evaluate(() => {
    const byMention = new Map<string, PageMention>();
    for (const mark of document.querySelectorAll<HTMLElement>('[data-summit-id]')) {
      const key = mark.dataset.summitMention ?? String(byMention.size);
      const seen = byMention.get(key);
      if (seen) {
        seen.text += mark.textContent;
        continue;
      }
      byMention.set(key, {
        id: mark.dataset.summitId!,
        kind: mark.dataset.summitKind!,
        text: mark.textContent ?? '',
        status: mark.dataset.summitStatus,
        value: mark.dataset.summitValue,
        inArticle: mark.closest('article, main') !== null,
      });
    }
    return [...byMention.values()];
  });
}

/** Waits until the page has at least `count` highlighted mentions (and the count is stable). */
export async function waitForMentions(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    (n) =>
      new Set(
        [...document.querySelectorAll('[data-summit-mention]')].map((m) =>
          m.getAttribute('data-summit-mention'),
        ),
      ).size >= n,
    { timeout: 10_000 },
    count,
  );
}

/**
 * The page's body and head as the server sent them, parsed by the same browser and
 * normalised, next to the live ones (also normalised): equal when nothing was left behind.
 */
export function domNowAndAsServed(page: Page): Promise<{ now: string; served: string }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(html, 'text/html');
    const live = document.cloneNode(true) as Document;
    for (const doc of [served, live]) {
      doc.body.normalize();
      doc.querySelectorAll('script').forEach((s) => s.remove());
    }
    return {
      now: live.head.outerHTML + live.body.outerHTML,
      served: served.head.outerHTML + served.body.outerHTML,
    };
  });
}
