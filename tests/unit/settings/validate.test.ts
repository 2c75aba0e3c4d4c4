import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES } from '@/src/settings/schema';
import { validateSettings } from '@/src/settings/validate';

describe('validateSettings', () => {
  it('keeps a valid record whole and reports nothing', () => {
    const record = {
      ...DEFAULT_SETTINGS,
      kinds: { ...DEFAULT_SETTINGS.kinds, place: false },
      colours: { ...DEFAULT_SETTINGS.colours, person: '#123456' },
      highContrast: true,
      when: 'every',
      alwaysOn: ['lemonde.fr'],
      neverOn: ['example.com'],
      hoverCards: false,
      disputedFlags: false,
    };
    expect(validateSettings(record)).toEqual({ settings: record, problems: [] });
  });

  it('fills absent fields with their defaults silently (a field added later needs no step)', () => {
    expect(validateSettings({ version: 2, highContrast: true })).toEqual({
      settings: { ...DEFAULT_SETTINGS, highContrast: true },
      problems: [],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a boolean that is a string',
      { highContrast: 'yes' },
      'highContrast: "yes" is not true or false',
    ],
    [
      'an out-of-range enum',
      { when: 'sometimes' },
      'when: "sometimes" is not one of summit, every, asked',
    ],
    ['a number for an enum', { when: 3 }, 'when: 3 is not one of'],
    ['kinds that are not an object', { kinds: ['person'] }, 'kinds: ["person"] is not an object'],
    [
      'a colour that is not #rrggbb',
      { colours: { person: 'red' } },
      'colours.person: "red" is not a #rrggbb colour',
    ],
    [
      'a site list that is not a list',
      { alwaysOn: 'lemonde.fr' },
      'alwaysOn: "lemonde.fr" is not a list of sites',
    ],
    [
      'a site that is not a hostname',
      { neverOn: ['not a host!'] },
      'neverOn: "not a host!" is not a hostname',
    ],
    ['an unknown setting', { sparkles: true }, '"sparkles": unknown setting; ignored'],
    ['an unknown kind', { kinds: { dragon: true } }, 'kinds.dragon: unknown kind; ignored'],
    ['a null', { hoverCards: null }, 'hoverCards: null is not true or false'],
  ])('resets %s to its default and says so', (_, record, problem) => {
    const { settings, problems } = validateSettings({ version: 2, ...record });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('keeps the valid entries of a partly corrupt field', () => {
    const { settings, problems } = validateSettings({
      kinds: { person: false, country: 'no', place: false },
      colours: { person: '#ABCDEF', country: 42 },
      alwaysOn: ['LeMonde.fr', 7, 'https://www.bbc.co.uk/news', 'lemonde.fr'],
    });
    expect(settings.kinds).toEqual({ ...DEFAULT_SETTINGS.kinds, person: false, place: false });
    expect(settings.colours).toEqual({ ...DEFAULT_SETTINGS.colours, person: '#abcdef' });
    expect(settings.alwaysOn).toEqual(['lemonde.fr', 'www.bbc.co.uk']);
    expect(problems).toHaveLength(3);
  });

  it('reads a colour left at a retired default as today’s default, and keeps a chosen one', () => {
    const { settings, problems } = validateSettings({
      colours: {
        ...DEFAULT_SETTINGS.colours,
        place: '#E69F00',
        term: '#56b4e9',
        person: '#e69f00',
      },
    });
    expect(settings.colours).toEqual({ ...DEFAULT_SETTINGS.colours, person: '#e69f00' });
    expect(problems).toEqual([]);
  });

  it('keeps a host listed on both lists only on neverOn', () => {
    const { settings, problems } = validateSettings({
      alwaysOn: ['a.example', 'b.example'],
      neverOn: ['b.example'],
    });
    expect(settings.alwaysOn).toEqual(['a.example']);
    expect(settings.neverOn).toEqual(['b.example']);
    expect(problems).toEqual(['alwaysOn: b.example also on neverOn; kept on neverOn only']);
  });

  it(`keeps at most ${MAX_SITES} sites per list`, () => {
    const many = Array.from({ length: MAX_SITES + 5 }, (_, i) => `site${i}.example`);
    const { settings, problems } = validateSettings({ neverOn: many });
    expect(settings.neverOn).toEqual(many.slice(0, MAX_SITES));
    expect(problems).toHaveLength(1);
  });

  it('never lets a __proto__ key reach the settings object prototype', () => {
    const record = JSON.parse('{"__proto__": {"polluted": true}, "when": "every"}') as Record<
      string,
      unknown
    >;
    const { settings, problems } = validateSettings(record);
    expect(settings.when).toBe('every');
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(problems).toEqual(['"__proto__": unknown setting; ignored']);
  });
});
