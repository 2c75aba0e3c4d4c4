import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { localNames } from '@/src/dataset/local-names';
import type { PageItem, PageSummary } from '@/src/messaging/page-summary';
import { openExtensionPage } from '@/src/messaging/tabs';
import { Popup } from '@/src/ui/Popup';
import { popupData } from '@/src/ui/popup-data';
import { reportPath } from '@/src/ui/report-path';
import { tr } from './messages';

/** What the popup's composition root (entrypoints/popup/main.tsx) gives it. */
const root = {
  t: tr,
  data: popupData(localNames(dataset, undefined, matcherData.languages)),
  onOpenReport: (id: string) => void openExtensionPage(reportPath(id)),
};

const summary = (items: PageItem[]): PageSummary => ({
  url: 'https://news.example/summit',
  title: 'Summit',
  relevant: true,
  reasons: [],
  highlighted: true,
  items,
});

const onPage: PageItem[] = [
  { id: 'volodymyr-zelensky', kind: 'person', count: 4 },
  {
    id: 'countries-committed',
    kind: 'figure',
    count: 1,
    text: '31 countries',
    value: 31,
    status: 'disputed',
  },
  { id: 'figure:km:9', kind: 'figure', count: 1, text: '9 km', value: 9, status: 'unknown' },
];

function answer(page: PageSummary | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (page === undefined) throw new Error('Could not establish connection.');
    return page;
  });
}

const lookup = () => screen.getByRole('combobox');
const escape = () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Popup', () => {
  it('on an unreachable tab, shows the plain message and a working lookup', async () => {
    answer(undefined);
    render(<Popup tabId={3} {...root} />);
    expect(await screen.findByText(tr('popupUnreachable'))).toBeTruthy();
    expect(screen.queryByText(tr('notOnPageHeading'))).toBeNull();
    fireEvent.input(lookup(), { target: { value: 'gref' } });
    fireEvent.keyDown(lookup(), { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('German Gref');
    escape();
    expect(screen.queryByText('German Gref')).toBeNull();
    expect(screen.getByText(tr('popupUnreachable'))).toBeTruthy();
  });

  it.each([
    ['https://news.example/ukraine-summit', 'popupUnreachableNotStarted'],
    ['https://addons.mozilla.org/en-US/firefox/', 'popupUnreachableStore'],
    ['https://news.example/summit.pdf', 'popupUnreachablePdf'],
  ] as const)('on an unreachable tab at %s, says why', async (url, key) => {
    answer(undefined);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, url } as never);
    render(<Popup tabId={3} {...root} />);
    expect(await screen.findByText(tr(key))).toBeTruthy();
  });

  it('opens a page item’s cross-reference from its row, and goes back to it', async () => {
    answer(summary(onPage));
    render(<Popup tabId={3} {...root} />);
    const row = await screen.findByRole('button', { name: /^31 countries/ });
    row.focus();
    fireEvent.click(row);
    expect(screen.getByText('Differs from the reports')).toBeTruthy();
    expect(screen.getByText('In this page’s words: “31 countries”')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'countries committed to the reassurance force',
    );
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('heading', { name: tr('popupOnThisPage') })).toBeTruthy();
    expect(document.activeElement).toBe(row);
  });

  it('gives unknown page figures no detail button', async () => {
    answer(summary(onPage));
    render(<Popup tabId={3} {...root} />);
    await screen.findByText('9 km');
    expect(screen.queryByRole('button', { name: /^9 km/ })).toBeNull();
    // It can still be shown on the page.
    expect(screen.getByRole('button', { name: tr('revealOnPageLabel', '9 km') })).toBeTruthy();
  });

  it('lists nothing as left out on a page it judged unrelated', async () => {
    answer({
      ...summary([{ id: 'volodymyr-zelensky', kind: 'person', count: 1 }]),
      relevant: false,
    });
    render(<Popup tabId={3} {...root} />);
    await screen.findByText('Volodymyr Zelensky');
    expect(screen.queryByText(tr('notOnPageHeading'))).toBeNull();
  });

  it('lists widely reported items the page leaves out, and opens them', async () => {
    answer(summary(onPage));
    render(<Popup tabId={3} {...root} />);
    const section = (await screen.findByText(tr('notOnPageHeading'))).parentElement!;
    const ids = [...section.querySelectorAll('[data-item-id]')].map((li) =>
      li.getAttribute('data-item-id'),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('volodymyr-zelensky');
    expect(ids).not.toContain('countries-committed');
    expect(ids).toContain('emmanuel-macron');
    fireEvent.click(within(section).getByRole('button', { name: 'Emmanuel Macron' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Emmanuel Macron');
  });

  it('lists the reports by source, never by file, and opens one in a tab', async () => {
    answer(undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<Popup tabId={3} {...root} />);
    const list = screen.getByRole('heading', { name: tr('reportsHeading') }).parentElement!;
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(5);
    for (const report of dataset.reports) {
      expect(list.textContent).toContain(report.source);
      expect(document.body.textContent).not.toContain(report.file);
    }
    fireEvent.click(within(list).getByRole('button', { name: /^AFP/ }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/report\.html\?id=afp$/) });
  });

  it('opens with the lookup prefilled from the query, and an item from `item`', async () => {
    answer(undefined);
    render(<Popup tabId={3} {...root} query="gref" itemId="mark-rutte" />);
    expect((lookup() as HTMLInputElement).value).toBe('gref');
    expect(screen.getAllByRole('option')[0]?.textContent).toContain('German Gref');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Mark Rutte');
  });

  it("asks the page to reveal an item's next mention, and stays open", async () => {
    answer(summary(onPage));
    render(<Popup tabId={3} {...root} />);
    const reveal = await screen.findByRole('button', {
      name: tr('revealOnPageLabel', 'Volodymyr Zelensky'),
    });
    fireEvent.click(reveal);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenLastCalledWith(
      3,
      { summitLens: 1, type: 'revealItem', data: { id: 'volodymyr-zelensky' } },
      { frameId: 0 },
    );
    expect(screen.getByRole('heading', { name: tr('popupOnThisPage') })).toBeTruthy();
  });
});
