import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemCardView } from '@/src/card/ItemCardView';
import type { PageMention } from '@/src/card/page-mention';
import { COUNTRIES, t, ZELENSKY } from './support';

const person = { id: ZELENSKY.id, kind: 'person' as const, text: 'Zelensky' };

/** Renders the card of a page's figure stating the 26 countries; returns its container. */
function showFigure(page: Omit<PageMention, 'id' | 'kind'>): Element {
  return render(
    <ItemCardView
      t={t}
      mention={{ id: COUNTRIES.id, kind: 'figure', ...page }}
      data={{ status: 'ready', card: COUNTRIES }}
      onOpen={() => undefined}
    />,
  ).container;
}

describe('ItemCardView', () => {
  afterEach(cleanup);

  it('shows name, kind, description and the report count of an actor', () => {
    const onOpen = vi.fn();
    render(
      <ItemCardView
        t={t}
        mention={person}
        data={{ status: 'ready', card: ZELENSKY }}
        onOpen={onOpen}
      />,
    );
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe(
      'cardDialogLabel[Volodymyr Zelensky]',
    );
    expect(screen.getByText('kindPersonOne')).toBeTruthy();
    expect(screen.getByText('Ukrainian President')).toBeTruthy();
    expect(screen.getByText('cardInReports[5|5]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'cardOpenFull' }));
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it("puts the kind's legend sample by its label, as the page's highlight looks", () => {
    const actor = render(
      <ItemCardView
        t={t}
        mention={person}
        data={{ status: 'ready', card: ZELENSKY }}
        onOpen={() => undefined}
      />,
    ).container;
    const sample = (container: Element) => container.querySelector('.kind mark.kind-swatch');
    expect(sample(actor)?.className).toBe('summit-lens-mark summit-lens-person kind-swatch');
    expect(sample(actor)?.getAttribute('aria-hidden')).toBe('true');
    cleanup();
    const differs = showFigure({ text: '31 countries', value: 31, status: 'disputed' });
    expect(sample(differs)?.className).toBe(
      'summit-lens-mark summit-lens-figure summit-lens-disputed kind-swatch',
    );
  });

  it('renders page and dataset text as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)><b>bold</b>';
    const card = { ...ZELENSKY, name: evil, description: evil };
    const { container } = render(
      <ItemCardView
        t={t}
        mention={{ ...person, text: evil }}
        data={{ status: 'ready', card }}
        onOpen={() => undefined}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getAllByText(evil)).toHaveLength(2);
  });

  it('leads with both values, then groups the reports by the value they give', () => {
    const container = showFigure({ text: '26 countries', value: 26, status: 'agrees' });
    expect(container.querySelector('.lead')?.textContent).toBe(
      'figureLeadPage[qualifierExact[26]|qualifierExact[26]|2|5]',
    );
    expect(container.querySelector('.verdict')?.textContent).toBe('✓ verdictMatches');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'qualifierExact[26] figureGroupReports[2|5|AFP, Unsigned report] · figureGroupThisPage',
      'qualifierMoreThan[24] figureGroupReports[1|5|AFP]',
    ]);
    expect(screen.queryByText(/cardInReports/)).toBeNull();
  });

  it('leads a differing figure with both values, the qualifier kept', () => {
    const container = showFigure({ text: '31 countries', value: 31, status: 'disputed' });
    expect(container.querySelector('.lead')?.textContent).toBe(
      'figureLeadPage[qualifierExact[31]|qualifierExact[26]|2|5]',
    );
    expect(container.querySelector('.verdict-disputed')?.textContent).toBe('≠ verdictDiffers');
    expect(container.querySelector('.same-page')).toBeNull();
  });

  it('keeps the page’s qualifier, and flags only the group with the same value and qualifier', () => {
    const container = showFigure({
      text: 'more than two dozen countries',
      value: 24,
      qualifier: 'more-than',
      status: 'agrees',
    });
    expect(container.querySelector('.lead')?.textContent).toBe(
      'figureLeadPage[qualifierMoreThan[24]|qualifierExact[26]|2|5]',
    );
    expect(
      [...container.querySelectorAll('.same-page .group-value')].map((v) => v.textContent),
    ).toEqual(['qualifierMoreThan[24]']);
  });

  it('says a page figure the reports do not state is unknown, without a button', () => {
    render(
      <ItemCardView
        t={t}
        mention={{
          id: 'figure:leaders:40',
          kind: 'figure',
          text: '40 leaders',
          value: 40,
          status: 'unknown',
        }}
        data={{ status: 'ready', card: undefined }}
        onOpen={() => undefined}
      />,
    );
    expect(screen.getByText('40 leaders')).toBeTruthy();
    expect(screen.getByText('verdictNotInReports')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    [{ status: 'loading' } as const, 'cardLoading'],
    [{ status: 'failed' } as const, 'cardUnavailable'],
  ])('shows the page’s words while the data is %j', (data, line) => {
    render(<ItemCardView t={t} mention={person} data={data} onOpen={() => undefined} />);
    expect(screen.getByText('Zelensky')).toBeTruthy();
    expect(screen.getByText(line)).toBeTruthy();
  });
});
