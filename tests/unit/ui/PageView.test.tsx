import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageView } from '@/src/ui/PageView';
import type { PageSummary } from '@/src/messaging/page-summary';
import type { PageState } from '@/src/ui/use-page-summary';

const t = (key: string) => key;
const nameOf = (id: string) => `name of ${id}`;

const ready = (items: PageSummary['items']): PageState => ({
  status: 'ready',
  tabId: 1,
  summary: { url: 'http://x/', title: 'x', relevant: true, reasons: [], highlighted: false, items },
});

afterEach(cleanup);

describe('PageView', () => {
  it('groups items by kind with their counts, figures by their page wording', () => {
    render(
      <PageView
        t={t}
        nameOf={nameOf}
        state={ready([
          { id: 'macron', kind: 'person', count: 3 },
          {
            id: 'f26',
            kind: 'figure',
            count: 1,
            text: '26 countries',
            value: 26,
            status: 'agrees',
          },
          { id: 'france', kind: 'country', count: 2 },
        ])}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.lastChild?.textContent)).toEqual([
      'kindPerson',
      'kindCountry',
      'kindFigure',
    ]);
    // Each heading's legend sample wears its kind's highlight classes, hidden from readers.
    expect(headings.map((h) => h.querySelector('mark[aria-hidden="true"]')?.className)).toEqual([
      'summit-lens-mark summit-lens-person kind-swatch',
      'summit-lens-mark summit-lens-country kind-swatch',
      'summit-lens-mark summit-lens-figure kind-swatch',
    ]);
    expect(document.querySelector('.page-summary')?.textContent).toBe('popupSummaryMany');
    expect(screen.getByText('name of macron').nextSibling?.textContent).toBe('3');
    expect(screen.getByText('26 countries')).toBeTruthy();
  });

  it('sums up the list, and badges a figure that differs', () => {
    render(
      <PageView
        t={t}
        nameOf={nameOf}
        onSelect={() => undefined}
        hasDetail={(id) => id !== 'f31'}
        state={ready([
          { id: 'macron', kind: 'person', count: 3 },
          {
            id: 'f31',
            kind: 'figure',
            count: 1,
            text: '31 countries',
            value: 31,
            status: 'disputed',
          },
        ])}
      />,
    );
    expect(document.querySelector('.page-summary')?.textContent).toBe(
      'popupSummaryMany · popupSummaryDiffersOne',
    );
    const differs = document.querySelector('[data-item-id="f31"]')!;
    expect(differs.querySelector('.badge')?.textContent).toBe('badgeDiffers');
    expect(document.querySelector('[data-item-id="macron"] .badge')).toBeNull();
    // Only a row that opens a detail shows the sign that it does.
    expect(document.querySelector('[data-item-id="macron"] button .chevron')).toBeTruthy();
    expect(differs.querySelector('.chevron')).toBeNull();
  });

  it('renders page text as text, never as HTML', () => {
    render(
      <PageView
        t={t}
        nameOf={nameOf}
        state={ready([{ id: 'x', kind: 'figure', count: 1, text: '<img src=x onerror=alert(1)>' }])}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it.each([
    [{ status: 'loading' } as PageState, 'popupLoading'],
    [{ status: 'unreachable', reason: 'browser-page' } as PageState, 'popupUnreachable'],
    [{ status: 'unreachable', reason: 'store' } as PageState, 'popupUnreachableStore'],
    [{ status: 'unreachable', reason: 'pdf' } as PageState, 'popupUnreachablePdf'],
    [{ status: 'unreachable', reason: 'not-started' } as PageState, 'popupUnreachableNotStarted'],
    [ready([]), 'popupNoItems'],
  ])('shows a plain state: %j', (state, text) => {
    render(<PageView t={t} nameOf={nameOf} state={state} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('makes each known item a button that opens it', () => {
    const onSelect = vi.fn();
    render(
      <PageView
        t={t}
        nameOf={nameOf}
        onSelect={onSelect}
        hasDetail={(id) => id !== 'figure:km:9'}
        state={ready([
          { id: 'macron', kind: 'person', count: 3 },
          { id: 'figure:km:9', kind: 'figure', count: 1, text: '9 km' },
        ])}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /name of macron/ }));
    expect(onSelect).toHaveBeenCalledWith('macron');
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});
