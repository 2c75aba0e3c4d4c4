import type { Browser, Target } from 'puppeteer-core';

/** A request seen over CDP, with the kind of target that made it. */
export interface SeenRequest {
  targetType: string;
  url: string;
}

const WATCHED = new Set(['page', 'background_page', 'service_worker', 'shared_worker', 'other']);

/** What watchAllTargets records; both arrays grow in place. */
export interface TargetWatch {
  requests: SeenRequest[];
  /** Every target it attached to (read their url() late: a new target starts blank). */
  attached: Target[];
}

/**
 * Chromium only: enables the Network domain on every page, background page and worker
 * target, present and future, and records each request they start. Returns the growing
 * list. Requests made before a target is attached (its very first ones) can be missed;
 * the fixture server's log and a recording proxy cover those.
 */
export async function watchAllTargets(browser: Browser): Promise<TargetWatch> {
  const seen: SeenRequest[] = [];
  const attached: Target[] = [];
  const attach = async (target: Target): Promise<void> => {
    if (!WATCHED.has(target.type())) return;
    try {
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (event) => {
        seen.push({ targetType: target.type(), url: event.request.url });
      });
      await session.send('Network.enable');
      attached.push(target);
    } catch {
      // The target closed before we could attach: it made no request we could see.
    }
  };
  browser.on('targetcreated', (target: Target) => void attach(target));
  await Promise.all(browser.targets().map(attach));
  return { requests: seen, attached };
}
