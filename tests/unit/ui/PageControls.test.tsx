import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '@/src/page/summary';
import { PageControls } from '@/src/ui/PageControls';
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
      summary({ relevant: false, reasons: [] }),
      'This page does not seem to be about the Paris summit.',
    ],
  ])('says why: %#', (s, expected) => {
    render(<PageControls summary={s} t={tr} nameOf={nameOf} onToggle={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(expected);
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
