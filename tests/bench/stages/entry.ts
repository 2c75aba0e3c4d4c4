import { collectText } from '../../../src/dom/collect-text';
import { browserHighlightApi } from '../../../src/highlight/painted/highlight-api';
import { createPaintedRenderer } from '../../../src/highlight/painted/painted-renderer';
import { paintedCss } from '../../../src/style/painted-css';
import { createScanner } from '../../../src/matching/scan';
import type { MatcherData } from '../../../src/matching/matcher-data';
import { judgeRelevance, ukraineGate } from '../../../src/reading/relevance';

/** Milliseconds per stage of the content script's initial pass, in order. */
export type StageTimes = Record<string, number>;

/**
 * Runs the content script's initial pass stage by stage on this page (bundled into the page
 * by stages.ts), timing each with performance.now(): parsing the matcher data, the gate,
 * building the scanner, collecting the text, scanning it (cold, then again warm), the
 * relevance check, painting the ranges, and the next frame (style, layout, paint).
 */
export async function runStages(dataJson: string): Promise<StageTimes> {
  const times: StageTimes = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - last;
    last = now;
  };
  const data = JSON.parse(dataJson) as MatcherData;
  lap('parse data');
  ukraineGate(data.event).test(document.title + ' ' + document.body.textContent);
  lap('gate');
  const scanner = createScanner(data);
  lap('build scanner');
  const collected = collectText(document.body);
  lap('collect text');
  const matches = scanner.scan(collected.text);
  lap('scan');
  judgeRelevance(matches, data.event);
  lap('relevance');
  const renderer = createPaintedRenderer(document, browserHighlightApi()!);
  renderer.style(paintedCss(renderer.names!));
  renderer.show(collected, matches);
  lap('paint');
  await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }),
  );
  lap('frame (style, layout, paint)');
  scanner.scan(collected.text);
  lap('scan again (warm)');
  return times;
}
