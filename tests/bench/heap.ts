import type { Page } from 'puppeteer-core';

/** The renderer's V8 heap after a forced GC, in bytes. */
export interface HeapUsage {
  /** JavaScript objects (every world of the page: main and isolated). */
  used: number;
  /** Blink's C++ objects in the same heap (DOM nodes, ranges), when Chromium reports them. */
  embedder?: number;
}

/**
 * Forces a full GC through CDP (HeapProfiler.collectGarbage) and reads Runtime.getHeapUsage.
 * The content script runs in an isolated world of the page's own isolate, so its heap is the
 * difference between the same page with and without the extension.
 */
export async function heapAfterGc(page: Page): Promise<HeapUsage> {
  const session = await page.createCDPSession();
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    return {
      used: usage.usedSize,
      ...(usage.embedderHeapUsedSize === undefined ? {} : { embedder: usage.embedderHeapUsedSize }),
    };
  } finally {
    await session.detach();
  }
}
