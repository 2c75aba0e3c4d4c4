import { describe, expect, it } from 'vitest';
import { sameSettings } from '@/src/settings/same-settings';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';

describe('sameSettings', () => {
  it('ignores key order and object identity', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) as Settings;
    const kinds = Object.fromEntries(Object.entries(DEFAULT_SETTINGS.kinds).reverse());
    expect(sameSettings(DEFAULT_SETTINGS, { ...reordered, kinds } as Settings)).toBe(true);
  });

  it.each<Partial<Settings>>([
    { when: 'every' },
    { highContrast: true },
    { kinds: { ...DEFAULT_SETTINGS.kinds, term: false } },
    { colours: { ...DEFAULT_SETTINGS.colours, term: '#000000' } },
    { neverOn: ['a.example'] },
    { alwaysOn: ['a.example'] },
  ])('tells a change apart: %j', (change) => {
    expect(sameSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, ...change })).toBe(false);
  });

  it('tells reordered site lists apart (order is what the page shows)', () => {
    const a = { ...DEFAULT_SETTINGS, neverOn: ['a.example', 'b.example'] };
    const b = { ...DEFAULT_SETTINGS, neverOn: ['b.example', 'a.example'] };
    expect(sameSettings(a, b)).toBe(false);
  });
});
