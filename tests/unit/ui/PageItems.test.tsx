import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageItem } from '@/src/messaging/page-summary';
import { PageItems } from '@/src/ui/PageItems';
import { tr } from './messages';

const items: PageItem[] = [
  { id: 'emmanuel-macron', kind: 'person', count: 3 },
  { id: 'figure:km:9', kind: 'figure', count: 1, text: '9 km', value: 9, status: 'unknown' },
];

function setup(onReveal?: (id: string) => void) {
  const onSelect = vi.fn();
  render(
    <PageItems
      items={items}
      nameOf={(id) => (id === 'emmanuel-macron' ? 'Emmanuel Macron' : id)}
      kindLabel={(kind) => kind}
      countLabel={(count) => `${count} on this page`}
      onSelect={onSelect}
      hasDetail={(id) => id === 'emmanuel-macron'}
      onReveal={onReveal}
      revealText={tr('revealOnPage')}
      revealLabel={(name) => tr('revealOnPageLabel', name)}
    />,
  );
  return onSelect;
}

afterEach(cleanup);

describe('PageItems reveal', () => {
  it.each([
    ['Emmanuel Macron', 'emmanuel-macron'],
    ['9 km', 'figure:km:9'],
  ])('"Show on page" for %s reveals %s and opens nothing', (name, id) => {
    const onReveal = vi.fn();
    const onSelect = setup(onReveal);
    const button = screen.getByRole('button', { name: tr('revealOnPageLabel', name) });
    expect(button.title).toBe(tr('revealOnPage'));
    expect(button.querySelector('svg[aria-hidden="true"]')).toBeTruthy();
    fireEvent.click(button);
    expect(onReveal).toHaveBeenCalledExactlyOnceWith(id);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('keeps the detail button first in its row', () => {
    const onSelect = setup(vi.fn());
    const row = document.querySelector('[data-item-id="emmanuel-macron"]')!;
    fireEvent.click(row.querySelector('button')!);
    expect(onSelect).toHaveBeenCalledWith('emmanuel-macron');
  });

  it('has no reveal buttons without onReveal', () => {
    setup();
    expect(screen.queryByRole('button', { name: /Show .* on the page/ })).toBeNull();
  });
});
