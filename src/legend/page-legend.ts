import { h, render } from 'preact';
import type { Translate } from '../i18n';
import { ITEM_KINDS } from '../matching/types';
import type { PageItem } from '../messaging/page-summary';
import { createShadowHost, type ShadowHost } from '../highlight/shadow-host';
import { highlightCss } from '../style/highlight-css';
import type { Settings } from '../settings/schema';
import { lookOf } from '../settings/look';
import { LEGEND_CSS } from './legend-styles';
import { PageLegend } from './PageLegend';

/** Tag name of the element that hosts the legend's shadow root. */
export const LEGEND_HOST_TAG = 'summit-lens-legend';

/** Whether the reader still wants the legend, and how to record that they do not. */
export interface LegendService {
  /** True until the reader dismisses the legend (asked once per document). */
  wanted(): Promise<boolean>;
  /** Records the dismissal for good. */
  dismiss(): void;
}

/** The legend of one document. */
export interface PageLegendControl {
  /**
   * What the page now highlights (empty: nothing, or highlighting is off). The legend shows
   * while there is something and the reader has not dismissed it, with the kinds it shows.
   */
  offer(items: readonly PageItem[]): void;
}

/**
 * The page legend of `doc` (PageLegend.tsx), in its own host (`<summit-lens-legend>`,
 * shadow-host.ts) created when it first shows, removed when it has nothing to show, when the
 * reader dismisses it and when `signal` aborts. Its samples wear the reader's look and kinds
 * (`settings`, read at each offer).
 */
export function createPageLegend(
  doc: Document,
  t: Translate,
  settings: () => Settings,
  service: LegendService,
  signal: AbortSignal,
): PageLegendControl {
  let wanted: boolean | undefined;
  let asked = false;
  let latest: readonly PageItem[] = [];
  let host: (ShadowHost & { mount: HTMLElement; css: string }) | undefined;
  const hide = () => {
    if (!host) return;
    render(null, host.mount);
    host.remove();
    host = undefined;
  };
  const dismiss = () => {
    wanted = false;
    hide();
    service.dismiss();
  };
  const draw = () => {
    const current = settings();
    const shown = latest.filter((item) => current.kinds[item.kind]);
    if (signal.aborted || wanted !== true || shown.length === 0) return hide();
    const kinds = ITEM_KINDS.filter((kind) => shown.some((item) => item.kind === kind));
    const differs = current.disputedFlags && shown.some((item) => item.status === 'disputed');
    const css = `${highlightCss(lookOf(current))}\n${LEGEND_CSS}`;
    if (host && host.css !== css) hide();
    if (!host) {
      const mount = doc.createElement('div');
      host = { ...createShadowHost(doc, LEGEND_HOST_TAG, css, [mount]), mount, css };
    }
    render(h(PageLegend, { t, kinds, differs, onDismiss: dismiss }), host.mount);
  };
  signal.addEventListener('abort', hide, { once: true });
  return {
    offer(items) {
      latest = items;
      if (wanted !== undefined) return draw();
      if (asked || items.length === 0) return;
      asked = true;
      void service.wanted().then(
        (answer) => {
          wanted = answer;
          draw();
        },
        () => (wanted = false),
      );
    },
  };
}
