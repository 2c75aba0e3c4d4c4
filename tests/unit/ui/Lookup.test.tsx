import dataset from 'virtual:summit-dataset';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lookup } from '@/src/ui/Lookup';
import { buildSearchIndex, searchDataset } from '@/src/ui/search-dataset';
import { tr } from './messages';

const index = buildSearchIndex(dataset);
const search = (query: string) => searchDataset(index, query);

function setup() {
  const onSelect = vi.fn();
  render(<Lookup search={search} onSelect={onSelect} t={tr} />);
  const input = screen.getByRole('combobox');
  const type = (value: string) => fireEvent.input(input, { target: { value } });
  const key = (name: string) => fireEvent.keyDown(input, { key: name });
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id === null
      ? null
      : document.getElementById(id)?.querySelector('.item-name')?.textContent;
  };
  return { input, type, key, active, onSelect };
}

afterEach(cleanup);

describe('Lookup', () => {
  it.each([
    ['zelenskiy', 'Volodymyr Zelensky'],
    ['kremlin spokesman', 'Dmitry Peskov'],
    ['elysee', 'Élysée Palace'],
    ['gref', 'German Gref'],
  ])('%j offers %s first', (query, name) => {
    const { type, active } = setup();
    type(query);
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toContain(name);
    expect(active()).toBe(name);
  });

  it('moves the active option with the arrows, wrapping, and opens it with Enter', () => {
    const { type, key, active, onSelect, input } = setup();
    type('putin');
    const names = screen
      .getAllByRole('option')
      .map((o) => o.querySelector('.item-name')?.textContent);
    expect(names.length).toBeGreaterThan(2);
    expect(active()).toBe(names[0]);
    key('ArrowDown');
    expect(active()).toBe(names[1]);
    expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    key('ArrowUp');
    expect(active()).toBe(names.at(-1));
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(onSelect).toHaveBeenCalledWith(searchDataset(index, 'putin')[1]?.id);
    expect((input as HTMLInputElement).value).toBe('');
    expect(screen.queryAllByRole('option')).toEqual([]);
  });

  it('clears the query with Escape, and leaves Escape alone when empty', () => {
    const { type, input } = setup();
    type('gref');
    // fireEvent returns false when a handler called preventDefault.
    expect(fireEvent.keyDown(input, { key: 'Escape' })).toBe(false);
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(fireEvent.keyDown(input, { key: 'Escape' })).toBe(true);
  });

  it('opens an option on click and says when nothing matches', () => {
    const { type, onSelect } = setup();
    type('elysee');
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(onSelect).toHaveBeenCalledWith('elysee-palace');
    type('qqqzzz');
    expect(screen.getByRole('status').textContent).toBe(tr('lookupNoResults'));
  });
});

describe('Lookup initialQuery', () => {
  it('opens with the query typed and its options listed', () => {
    render(<Lookup search={search} onSelect={() => {}} t={tr} initialQuery="gref" />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('gref');
    expect(screen.getAllByRole('option')[0]?.textContent).toContain('German Gref');
  });

  it('without one, opens empty and closed', () => {
    render(<Lookup search={search} onSelect={() => {}} t={tr} />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
