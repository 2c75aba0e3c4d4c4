import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '@/src/messaging/page-summary';
import { PageControls } from '@/src/ui/PageControls';
import { formatDay } from '@/src/ui/relevance-line';
import { tr } from './messages';

afterEach(cleanup);

const summary = (patch: Partial<PageSummary>): PageSummary => ({
  url: 'http://x/',
  title: 'x',
  relevant: true,
  reasons: ['volodymyr-zelensky', 'reassurance-force'],
  highlighted: true,
  items: [],
  ...patch,
});
const nameOf = (id: string) => ({ 'volodymyr-zelensky': 'Volodymyr Zelensky' })[id] ?? id;

describe('PageControls', () => {
  it.each([
    [
      summary({}),
      'Taken to be about the Paris summit: it mentions Volodymyr Zelensky, reassurance-force.',
    ],
    [
      summary({ relevant: false, reasons: ['volodymyr-zelensky'] }),
      /^Not taken to be about the Paris summit \(it mentions Volodymyr Zelensky/,
    ],
    [
      summary({
        reasons: ['countries-committed', 'volodymyr-zelensky'],
        items: [{ id: 'countries-committed', kind: 'figure', count: 1, text: '26 countries' }],
      }),
      'Taken to be about the Paris summit: it mentions Volodymyr Zelensky and 1 more.',
    ],
    [
      summary({
        reasons: ['countries-committed'],
        items: [{ id: 'countries-committed', kind: 'figure', count: 1, text: '26 countries' }],
      }),
      "Taken to be about the Paris summit: it mentions 1 of the reports' figures.",
    ],
    [
      summary({ relevant: false, reasons: [] }),
      'This page does not seem to be about the Paris summit.',
    ],
    [
      summary({
        dates: { dated: { value: 20250905, source: 'published' }, summitDateMentions: 1 },
      }),
      `it mentions Volodymyr Zelensky, reassurance-force. Published ${formatDay(20250905)}. It gives the summit's date.`,
    ],
    [
      summary({ dates: { dated: { value: 20250904, source: 'dateline' }, summitDateMentions: 0 } }),
      `reassurance-force. Dated ${formatDay(20250904)} in its dateline.`,
    ],
    [
      summary({
        relevant: false,
        dates: {
          dated: { value: 20250902, source: 'published' },
          summitDateMentions: 0,
          ruledOut: 'before',
        },
      }),
      `Not taken to be about the Paris summit: it was published on ${formatDay(20250902)}, before the summit.`,
    ],
    [
      summary({
        relevant: false,
        dates: { summitDateMentions: 1, ruledOut: 'later-meeting', later: 20260106 },
      }),
      `Not taken to be about the Paris summit: its story is about a later meeting, on ${formatDay(20260106)}.`,
    ],
  ])('says why: %#', (s, expected) => {
    render(<PageControls summary={s} t={tr} nameOf={nameOf} onToggle={() => {}} />);
    const said = screen.getByRole('status').textContent ?? '';
    if (typeof expected === 'string')
      expect(said.endsWith(expected) || said === expected).toBe(true);
    else expect(said).toMatch(expected);
  });

  it('switches highlighting with a labelled switch', () => {
    const onToggle = vi.fn();
    render(<PageControls summary={summary({})} t={tr} nameOf={nameOf} onToggle={onToggle} />);
    const control = screen.getByRole('switch', { name: 'Highlight this page' }) as HTMLInputElement;
    expect(control.checked).toBe(true);
    fireEvent.click(control);
    expect(onToggle).toHaveBeenCalledWith(false);
  });
});

describe('PageControls site rule', () => {
  it('names the site and shows its rule in a labelled select', () => {
    const site = { host: 'www.lemonde.fr', rule: 'neverOn' as const, onChange: vi.fn() };
    render(
      <PageControls summary={summary({})} t={tr} nameOf={nameOf} onToggle={() => {}} site={site} />,
    );
    const select = screen.getByRole('combobox', { name: 'On www.lemonde.fr' }) as HTMLSelectElement;
    expect(select.value).toBe('neverOn');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Follow the options',
      'Always highlight',
      'Never highlight',
    ]);
    fireEvent.change(select, { target: { value: 'alwaysOn' } });
    expect(site.onChange).toHaveBeenCalledWith('alwaysOn');
  });

  it('has no site control for a page off the web, and says when saving failed', () => {
    const { unmount } = render(
      <PageControls summary={summary({})} t={tr} nameOf={nameOf} onToggle={() => {}} />,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    unmount();
    const site = {
      host: 'a.example',
      rule: 'default' as const,
      onChange: () => {},
      error: 'QUOTA',
    };
    render(
      <PageControls summary={summary({})} t={tr} nameOf={nameOf} onToggle={() => {}} site={site} />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The site setting could not be saved: QUOTA',
    );
  });
});

describe('PageControls reasons', () => {
  it('names at most four reasons and counts the rest', () => {
    const reasons = ['a', 'b', 'c', 'd', 'e', 'f'];
    render(
      <PageControls summary={summary({ reasons })} t={tr} nameOf={nameOf} onToggle={() => {}} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Taken to be about the Paris summit: it mentions a, b, c, d and 2 more.',
    );
  });
});
