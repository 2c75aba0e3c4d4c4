import { h, render } from 'preact';
import type { Translate } from '../i18n';
import { ITEM_KINDS } from '../matching/types';
import type { PageItem } from '../messaging/page-summary';
import { createShadowHost, type ShadowHost } from '../dom/shadow-host';
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

/** What the legend takes of the content script's services (the same object). */
export interface LegendServices {
  legend: LegendService;
  t: Translate;
}

/** The legend of one document. */
export interface PageLegendControl {
  /** Removes the legend for good. */
  stop(): void;
  /**
   * What the page now highlights (empty: nothing, or highlighting is off). The legend shows
   * while there is something and the reader has not dismissed it, with the kinds it shows.
   */
  offer(items: readonly PageItem[]): void;
}

/**
 * The page legend of `doc` (PageLegend.tsx), in its own host (`<summit-lens-legend>`,
 * shadow-host.ts) created when it first shows, removed when it has nothing to show, when the
 * reader dismisses it and when `signal` aborts or `stop` runs. Its samples wear the reader's
 * look and kinds (`settings`, read at each offer).
 */
export function createPageLegend(
  doc: Document,
  signal: AbortSignal,
  { legend: service, t }: LegendServices,
  settings: () => Settings,
): PageLegendControl {
  let stopped = false;
  let wanted: boolean | undefined;
  let asked = false;
  let latest: readonly PageItem[] = [];
  let host: (ShadowHost & { mount: HTMLElement; css: string; drawn: string }) | undefined;
  // The styles of the settings last seen: offered on every pass, built once per change.
  let styled: { settings: Settings; css: string } | undefined;
  const cssOf = (current: Settings): string => {
    if (styled?.settings !== current) {
      styled = { settings: current, css: `${highlightCss(lookOf(current))}\n${LEGEND_CSS}` };
    }
    return styled.css;
  };
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
    if (stopped || signal.aborted || wanted !== true || shown.length === 0) return hide();
    const kinds = ITEM_KINDS.filter((kind) => shown.some((item) => item.kind === kind));
    const differs = current.disputedFlags && shown.some((item) => item.status === 'disputed');
    const css = cssOf(current);
    if (host && host.css !== css) hide();
    if (!host) {
      const mount = doc.createElement('div');
      host = { ...createShadowHost(doc, LEGEND_HOST_TAG, css, [mount]), mount, css, drawn: '' };
    }
    // A pass that changes neither the kinds nor the verdict leaves the legend as it is.
    const drawn = `${kinds.join(' ')}|${differs}`;
    if (host.drawn === drawn) return;
    host.drawn = drawn;
    render(h(PageLegend, { t, kinds, differs, onDismiss: dismiss }), host.mount);
  };
  signal.addEventListener('abort', hide, { once: true });
  return {
    stop() {
      stopped = true;
      signal.removeEventListener('abort', hide);
      hide();
    },
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
