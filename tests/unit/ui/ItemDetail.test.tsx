import dataset from 'virtual:summit-dataset';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageItem } from '@/src/messaging/page-summary';
import { ItemDetail } from '@/src/ui/ItemDetail';
import { itemDetailModel } from '@/src/ui/item-detail-model';
import { datasetItems } from '@/src/ui/report-coverage';
import { tr } from './messages';

const items = datasetItems(dataset);

function show(id: string, pageItem?: PageItem) {
  const onBack = vi.fn();
  render(
    <ItemDetail
      model={itemDetailModel(dataset, items.get(id)!)}
      pageItem={pageItem}
      t={tr}
      onBack={onBack}
    />,
  );
  return onBack;
}

const reportSection = (source: string) =>
  screen.getAllByRole('heading', { level: 4 }).find((h) => h.textContent?.startsWith(source))!
    .parentElement!;

/** Opens every report's "n more". */
const openAllMore = () => {
  for (const more of screen.queryAllByRole('button', { expanded: false })) fireEvent.click(more);
};

afterEach(cleanup);

describe('ItemDetail', () => {
  it('shows Mark Rutte quoted by two reports in different words', () => {
    show('mark-rutte');
    openAllMore();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Mark Rutte');
    expect(screen.getByText('In 3 of 5 reports')).toBeTruthy();
    const quotes = [...document.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes.some((q) => q?.includes('too powerful'))).toBe(true);
    expect(quotes.some((q) => q?.includes('too strong'))).toBe(true);
    expect(
      within(reportSection('Unsigned report')).getAllByText(/too powerful/).length,
    ).toBeGreaterThan(0);
    expect(
      within(reportSection('The Post News')).getAllByText(/too strong/).length,
    ).toBeGreaterThan(0);
    const disagreement = screen.getByRole('heading', {
      name: tr('detailDisagreements'),
    }).parentElement!;
    expect(disagreement.textContent).toContain('too powerful');
    expect(disagreement.textContent).toContain('too strong');
  });

  it('marks the matched words of each sentence, and never names a report by file', () => {
    show('mark-rutte');
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /Rutte/.test(m ?? ''))).toBe(true);
    for (const report of dataset.reports) {
      expect(document.body.textContent).not.toContain(report.file);
    }
  });

  it('shows each report’s wording of the 26 countries, and that the reports differ', () => {
    show('countries-committed');
    openAllMore();
    const figure = dataset.figures.find((f) => f.id === 'countries-committed')!;
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    for (const statement of figure.statements) expect(marks).toContain(statement.text);
    expect(document.querySelector('.lead')?.textContent).toBe('The reports: 26, in 5 of 5');
    expect([...document.querySelectorAll('.group-value')].map((v) => v.textContent)).toEqual([
      '26',
      'more than 24',
      'more than 26',
    ]);
    expect(within(reportSection('AFP')).getAllByText('More than two dozen countries')).toHaveLength(
      1,
    );
    expect(within(reportSection('AFP')).getByText('more than 24')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(5);
  });

  it('gives one thing per report, a quotation first, and the rest behind "n more"', () => {
    show('volodymyr-zelensky');
    const model = itemDetailModel(dataset, items.get('volodymyr-zelensky')!);
    const sections = model.reports.map((r) => reportSection(r.report.source));
    for (const [i, section] of sections.entries()) {
      const evidence = model.reports[i]!;
      const total = evidence.quotes.length + evidence.passages.length;
      expect(section.querySelectorAll('.says > li')).toHaveLength(1);
      if (evidence.quotes.length > 0)
        expect(section.querySelector('.says blockquote')).not.toBeNull();
      const more = within(section).queryByRole('button', { expanded: false });
      if (total === 1) {
        expect(more).toBeNull();
        continue;
      }
      expect(more?.textContent).toBe(`${total - 1} more from this report`);
      fireEvent.click(more!);
      expect(section.querySelectorAll('.says > li')).toHaveLength(total);
      const less = within(section).getByRole('button', { expanded: true });
      expect(less.textContent).toBe('Show less');
      fireEvent.click(less);
      expect(section.querySelectorAll('.says > li')).toHaveLength(1);
    }
    expect(sections.some((s) => within(s).queryByRole('button') !== null)).toBe(true);
  });

  it('states where the reports differ, their words behind a button', () => {
    show('mark-rutte');
    const section = screen.getByRole('heading', { name: tr('detailDisagreements') }).parentElement!;
    expect(section.querySelector('.summary')?.textContent).toBeTruthy();
    expect(section.querySelector('.sides')).toBeNull();
    const open = within(section).getByRole('button', { expanded: false });
    expect(open.textContent).toMatch(/^How the reports put it \(\d+ passages\)$/);
    fireEvent.click(open);
    expect(section.querySelectorAll('.sides li').length).toBeGreaterThan(1);
  });

  it('leads with the page’s value and the reports’, then the verdict', () => {
    show('countries-committed', {
      id: 'countries-committed',
      kind: 'figure',
      count: 1,
      text: '31 countries',
      value: 31,
      status: 'disputed',
    });
    expect(document.querySelector('.lead')?.textContent).toBe(
      'This page: 31 · the reports: 26, in 5 of 5',
    );
    expect(screen.getByText('Differs from the reports')).toBeTruthy();
  });

  it('renders page text as text', () => {
    show('countries-committed', {
      id: 'countries-committed',
      kind: 'figure',
      count: 1,
      text: '<img src=x onerror=alert(1)>',
      status: 'unknown',
    });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('In this page’s words: “<img src=x onerror=alert(1)>”')).toBeTruthy();
  });

  it('goes back with the back button', () => {
    const onBack = show('german-gref');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(onBack).toHaveBeenCalled();
  });
});
