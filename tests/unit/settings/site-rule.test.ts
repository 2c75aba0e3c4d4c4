import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES, type Settings } from '@/src/settings/schema';
import { siteRule, withSiteRule } from '@/src/settings/site-rule';
import { validateSettings } from '@/src/settings/validate';

const lists = (alwaysOn: string[], neverOn: string[]): Settings => ({
  ...DEFAULT_SETTINGS,
  alwaysOn,
  neverOn,
});

describe('siteRule', () => {
  it('is default for a site on neither list', () => {
    expect(siteRule(lists(['bbc.co.uk'], ['example.com']), 'www.lemonde.fr')).toBe('default');
  });

  it('follows a parent-domain entry, as pages do', () => {
    expect(siteRule(lists(['lemonde.fr'], []), 'www.lemonde.fr')).toBe('alwaysOn');
    expect(siteRule(lists([], ['lemonde.fr']), 'www.lemonde.fr')).toBe('neverOn');
  });

  it('lets neverOn win when both lists cover the site', () => {
    expect(siteRule(lists(['www.lemonde.fr'], ['lemonde.fr']), 'www.lemonde.fr')).toBe('neverOn');
  });
});

describe('withSiteRule', () => {
  it('puts the host on the chosen list and off the other', () => {
    const start = lists([], ['www.lemonde.fr']);
    const next = withSiteRule(start, 'www.lemonde.fr', 'alwaysOn');
    expect(next.alwaysOn).toEqual(['www.lemonde.fr']);
    expect(next.neverOn).toEqual([]);
    expect(siteRule(next, 'www.lemonde.fr')).toBe('alwaysOn');
  });

  it('takes covering parent entries off, so the new rule is the one that holds', () => {
    const start = lists(['lemonde.fr'], []);
    const next = withSiteRule(start, 'www.lemonde.fr', 'neverOn');
    expect(next.alwaysOn).toEqual([]);
    expect(next.neverOn).toEqual(['www.lemonde.fr']);
  });

  it('back to default removes every covering entry and keeps other sites', () => {
    const start = lists(['lemonde.fr', 'bbc.co.uk'], ['www.lemonde.fr', 'example.com']);
    const next = withSiteRule(start, 'www.lemonde.fr', 'default');
    expect(next.alwaysOn).toEqual(['bbc.co.uk']);
    expect(next.neverOn).toEqual(['example.com']);
    expect(siteRule(next, 'www.lemonde.fr')).toBe('default');
  });

  it('does not take subdomains of the host off (they are other sites)', () => {
    const next = withSiteRule(lists(['live.lemonde.fr'], []), 'lemonde.fr', 'neverOn');
    expect(next.alwaysOn).toEqual(['live.lemonde.fr']);
  });

  it('keeps a full list within MAX_SITES, dropping the oldest', () => {
    const full = Array.from({ length: MAX_SITES }, (_, i) => `site${i}.example`);
    const next = withSiteRule(lists(full, []), 'www.lemonde.fr', 'alwaysOn');
    expect(next.alwaysOn).toHaveLength(MAX_SITES);
    expect(next.alwaysOn.at(-1)).toBe('www.lemonde.fr');
    expect(next.alwaysOn[0]).toBe('site1.example');
  });

  it('gives settings that validate without problems', () => {
    const next = withSiteRule(lists(['lemonde.fr'], ['x.org']), 'www.lemonde.fr', 'neverOn');
    expect(validateSettings({ ...next }).problems).toEqual([]);
  });
});
