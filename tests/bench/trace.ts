import type { Page } from 'puppeteer-core';

/** One Chrome trace event (the fields the analysis reads). Times in µs. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/** Runs `action` while tracing `page`'s renderer and returns the trace events. */
export async function traced(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  await page.tracing.start({ categories: CATEGORIES });
  let failure: unknown;
  try {
    await action();
  } catch (error) {
    failure = error;
  }
  const buffer = await page.tracing.stop();
  if (failure) throw failure;
  if (!buffer) return [];
  const parsed = JSON.parse(Buffer.from(buffer).toString('utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Whether an event runs code of an extension's content script (its evaluation, or a callback:
 * message handler, observer, timer): the gate (content-scripts/) or the highlighter the
 * background runs in the page when the gate asks (/highlighter.js). The background worker and
 * extension pages do not count.
 */
export function isContentScriptCode(event: TraceEvent): boolean {
  const url = event.args?.data?.url;
  return (
    url !== undefined &&
    url.startsWith('chrome-extension://') &&
    (url.includes('/content-scripts/') || url.endsWith('/highlighter.js'))
  );
}

/** Whether an event is the user-timing mark `name`. */
export function isMark(name: string): (event: TraceEvent) => boolean {
  return (event) => event.name === name;
}

/**
 * Whether an event runs the content script's code on the thread `like` ran on: its own
 * events (isContentScriptCode), or the extension bindings dispatching a message to it (a
 * FunctionCall with no script URL; the trace gives a runtime.onMessage listener no URL).
 * Only for a window in which the page itself is idle, such as after `setHighlighting`.
 */
export function isContentScriptOrDispatch(like: TraceEvent): (event: TraceEvent) => boolean {
  return (event) =>
    event.pid === like.pid &&
    event.tid === like.tid &&
    (isContentScriptCode(event) || (event.name === 'FunctionCall' && event.args?.data?.url === ''));
}
