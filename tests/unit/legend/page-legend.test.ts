import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageLegend, LEGEND_HOST_TAG, type LegendService } from '@/src/legend/page-legend';
import type { PageItem } from '@/src/messaging/page-summary';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';
import { t } from '../card/support';

const ITEMS: PageItem[] = [
  { id: 'countries-committed', kind: 'figure', count: 1, value: 26, status: 'agrees' },
  { id: 'france', kind: 'country', count: 2 },
  { id: 'volodymyr-zelensky', kind: 'person', count: 3 },
];
const DIFFERS: PageItem = { ...ITEMS[0]!, value: 31, status: 'disputed' };

let stop: AbortController;
let settings: Settings;
let service: LegendService & { dismissals: number };
let answer: Promise<boolean>;

const host = () => document.querySelector(LEGEND_HOST_TAG);
const legend = () => host()?.shadowRoot?.querySelector<HTMLElement>('.legend') ?? null;
const entries = () =>
  [...(legend()?.querySelectorAll('.entry') ?? [])].map((entry) => ({
    sample: entry.querySelector('mark')?.className,
    label: entry.textContent?.replace(/^Aa/, ''),
  }));
const make = () => createPageLegend(document, stop.signal, { legend: service, t }, () => settings);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = '<p>Zelensky said 26 countries.</p>';
  stop = new AbortController();
  settings = DEFAULT_SETTINGS;
  answer = Promise.resolve(true);
  service = {
    dismissals: 0,
    wanted: vi.fn(() => answer),
    dismiss() {
      this.dismissals++;
    },
  };
});

afterEach(() => stop.abort());

describe('the page legend', () => {
  it('shows, once the reader is known to want it, a sample of each kind the page shows', async () => {
    const before = document.body.innerHTML;
    make().offer(ITEMS);
    expect(host()).toBeNull(); // asked, not yet answered
    await settle();
    expect(host()?.parentNode).toBe(document.documentElement);
    expect(host()?.hasAttribute('data-summit-ui')).toBe(true);
    expect(legend()?.getAttribute('role')).toBe('region');
    expect(entries()).toEqual([
      { sample: 'summit-lens-mark summit-lens-person kind-swatch', label: 'kindPerson' },
      { sample: 'summit-lens-mark summit-lens-country kind-swatch', label: 'kindCountry' },
      { sample: 'summit-lens-mark summit-lens-figure kind-swatch', label: 'kindFigure' },
    ]);
    expect(host()!.shadowRoot!.querySelector('style')!.textContent).toContain(
      '.summit-lens-person',
    );
    expect(document.body.innerHTML).toBe(before);
  });

  it('shows the look of a figure that differs, unless the reader turned the flags off', async () => {
    const page = make();
    page.offer([DIFFERS]);
    await settle();
    expect(entries().at(-1)).toEqual({
      sample: 'summit-lens-mark summit-lens-figure summit-lens-disputed kind-swatch',
      label: 'legendDiffers',
    });
    settings = { ...DEFAULT_SETTINGS, disputedFlags: false };
    page.offer([DIFFERS]);
    expect(entries().map((e) => e.label)).toEqual(['kindFigure']);
  });

  it('is left as it is by a pass that changes neither its kinds nor its verdict', async () => {
    const page = make();
    page.offer(ITEMS);
    await settle();
    const shown = legend();
    const said = entries();
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(host()!.shadowRoot!, { subtree: true, childList: true, characterData: true });
    page.offer(ITEMS.map((item) => ({ ...item, count: item.count + 1 })));
    page.offer([...ITEMS, { id: 'germany', kind: 'country', count: 1 }]);
    changes.push(...watch.takeRecords());
    expect(changes).toEqual([]);
    expect(legend()).toBe(shown);
    expect(entries()).toEqual(said);
    page.offer([...ITEMS, { id: 'paris', kind: 'place', count: 1 }]);
    expect(entries().map((e) => e.label)).toContain('kindPlace');
    const styleText = () => host()!.shadowRoot!.querySelector('style')?.textContent ?? '';
    const before = styleText();
    settings = { ...DEFAULT_SETTINGS, highContrast: true };
    page.offer([...ITEMS, { id: 'paris', kind: 'place', count: 1 }]);
    expect(styleText()).not.toBe(before);
    watch.disconnect();
  });

  it('leaves out the kinds the reader does not highlight', async () => {
    settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, person: false } };
    make().offer(ITEMS);
    await settle();
    expect(entries().map((e) => e.label)).toEqual(['kindCountry', 'kindFigure']);
  });

  it('asks once, and shows nothing to a reader who dismissed it', async () => {
    answer = Promise.resolve(false);
    const page = make();
    page.offer(ITEMS);
    page.offer(ITEMS);
    await settle();
    page.offer(ITEMS);
    expect(service.wanted).toHaveBeenCalledOnce();
    expect(host()).toBeNull();
  });

  it('asks nothing of a page with nothing highlighted', async () => {
    make().offer([]);
    await settle();
    expect(service.wanted).not.toHaveBeenCalled();
  });

  it('goes for good from its button, and the dismissal is recorded', async () => {
    const page = make();
    page.offer(ITEMS);
    await settle();
    legend()!.querySelector('button')!.click();
    expect(host()).toBeNull();
    expect(service.dismissals).toBe(1);
    page.offer(ITEMS);
    expect(host()).toBeNull();
  });

  it('goes while highlighting is off, and comes back with it', async () => {
    const page = make();
    page.offer(ITEMS);
    await settle();
    page.offer([]);
    expect(host()).toBeNull();
    page.offer(ITEMS);
    expect(entries()).toHaveLength(3);
  });

  it('is removed when the highlighting stops, even while the answer is awaited', async () => {
    make().offer(ITEMS);
    stop.abort();
    await settle();
    expect(host()).toBeNull();
    stop = new AbortController();
    make().offer(ITEMS);
    await settle();
    stop.abort();
    expect(host()).toBeNull();
  });

  it('shows nothing when the flag cannot be read', async () => {
    answer = Promise.reject(new Error('storage unavailable'));
    make().offer(ITEMS);
    await settle();
    expect(host()).toBeNull();
  });
});
