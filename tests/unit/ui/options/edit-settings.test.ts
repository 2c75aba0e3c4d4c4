import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES } from '@/src/settings/schema';
import { addSite, removeSite } from '@/src/ui/options/edit-settings';

describe('addSite / removeSite', () => {
  it('adds the hostname of what was typed or pasted', () => {
    const edit = addSite(DEFAULT_SETTINGS, 'alwaysOn', ' https://www.LeMonde.fr/international ');
    expect(edit).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, alwaysOn: ['www.lemonde.fr'] },
    });
  });

  it('moves a site from the other list rather than keeping it on both', () => {
    const start = { ...DEFAULT_SETTINGS, alwaysOn: ['a.example', 'b.example'] };
    const edit = addSite(start, 'neverOn', 'b.example');
    expect(edit.ok && edit.settings).toMatchObject({
      alwaysOn: ['a.example'],
      neverOn: ['b.example'],
    });
  });

  it('adds a listed site once', () => {
    const start = { ...DEFAULT_SETTINGS, neverOn: ['a.example'] };
    const edit = addSite(start, 'neverOn', 'A.example');
    expect(edit.ok && edit.settings.neverOn).toEqual(['a.example']);
  });

  it('keeps a full list at its limit', () => {
    const full = Array.from({ length: MAX_SITES }, (_, i) => `s${i}.example`);
    const edit = addSite({ ...DEFAULT_SETTINGS, neverOn: full }, 'neverOn', 'new.example');
    expect(edit.ok && edit.settings.neverOn).toHaveLength(MAX_SITES);
    expect(edit.ok && edit.settings.neverOn.at(-1)).toBe('new.example');
  });

  it('refuses what names no site', () => {
    expect(addSite(DEFAULT_SETTINGS, 'neverOn', ' not a site ')).toEqual({
      ok: false,
      invalid: 'not a site',
    });
  });

  it('removes a site', () => {
    const start = { ...DEFAULT_SETTINGS, neverOn: ['a.example', 'b.example'] };
    expect(removeSite(start, 'neverOn', 'a.example').neverOn).toEqual(['b.example']);
  });
});
