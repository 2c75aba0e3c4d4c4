import { describe, expect, it } from 'vitest';
import { isKnownVersion, migrate, type SettingsV1 } from '@/src/settings/migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/src/settings/schema';
import { validateSettings } from '@/src/settings/validate';

const v1: SettingsV1 = {
  version: 1,
  highlightMode: true,
  kinds: ['person', 'country', 'figure'],
  palette: 'standard',
  sites: { 'lemonde.fr': 'always', 'example.com': 'never', 'bbc.co.uk': 'always' },
  hoverCards: false,
  disputedFlags: true,
};

/** A v1 record migrated and validated, as reading storage does. */
const upgrade = (record: Record<string, unknown>) => {
  const migrated = migrate(record);
  const checked = validateSettings(migrated.record);
  return { settings: checked.settings, problems: [...migrated.problems, ...checked.problems] };
};

describe('migrate v1 -> v2', () => {
  it('turns a whole v1 record into the v2 settings it meant', () => {
    expect(upgrade(v1)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        when: 'summit',
        kinds: {
          person: true,
          country: true,
          organisation: false,
          place: false,
          term: false,
          figure: true,
        },
        highContrast: false,
        alwaysOn: ['lemonde.fr', 'bbc.co.uk'],
        neverOn: ['example.com'],
        hoverCards: false,
        disputedFlags: true,
      },
      problems: [],
    });
  });

  it.each([
    [true, 'summit'],
    [false, 'asked'],
  ] as const)('makes highlightMode %s the when mode %s', (highlightMode, when) => {
    expect(upgrade({ ...v1, highlightMode }).settings.when).toBe(when);
  });

  it.each([
    ['standard', false],
    ['high-contrast', true],
  ] as const)('makes palette %s highContrast %s', (palette, highContrast) => {
    expect(upgrade({ ...v1, palette }).settings.highContrast).toBe(highContrast);
  });

  it('makes the kinds list a record with every kind', () => {
    expect(upgrade({ ...v1, kinds: [] }).settings.kinds).toEqual({
      person: false,
      country: false,
      organisation: false,
      place: false,
      term: false,
      figure: false,
    });
  });

  it.each<[string, Record<string, unknown>, Partial<typeof DEFAULT_SETTINGS>, string]>([
    [
      'highlightMode',
      { highlightMode: 'on' },
      { when: 'summit' },
      'highlightMode: not true or false',
    ],
    ['kinds', { kinds: 'person' }, { kinds: DEFAULT_SETTINGS.kinds }, 'kinds: not a list of kinds'],
    [
      'palette',
      { palette: 'neon' },
      { highContrast: false },
      'palette: not standard or high-contrast',
    ],
    [
      'sites',
      { sites: ['lemonde.fr'] },
      { alwaysOn: [], neverOn: [] },
      'sites: not a map of hostnames',
    ],
  ])(
    'drops a corrupt v1 %s (default, reported) and keeps the rest',
    (_, bad, expected, problem) => {
      const { settings, problems } = upgrade({ ...v1, ...bad });
      expect(settings).toMatchObject(expected);
      expect(settings.hoverCards).toBe(false);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(problem);
    },
  );

  it('keeps the good sites and kinds of partly corrupt v1 values', () => {
    const { settings, problems } = upgrade({
      ...v1,
      kinds: ['person', 'dragon'],
      sites: { 'lemonde.fr': 'always', 'x.example': 'sometimes' },
    });
    expect(settings.kinds.person).toBe(true);
    expect(settings.alwaysOn).toEqual(['lemonde.fr']);
    expect(problems).toEqual([
      'kinds: unknown kinds ["dragon"]; dropped',
      'sites: x.example neither always nor never; dropped',
    ]);
  });

  it('leaves its input alone and a current record as it is', () => {
    const input = structuredClone(v1);
    migrate(input);
    expect(input).toEqual(v1);
    const current = { ...DEFAULT_SETTINGS };
    expect(migrate(current)).toEqual({ record: current, problems: [] });
  });
});

describe('isKnownVersion', () => {
  it.each([1, SETTINGS_VERSION])('knows %s', (version) =>
    expect(isKnownVersion(version)).toBe(true),
  );
  it.each([0, SETTINGS_VERSION + 1, 1.5, '2', null, undefined])('does not know %s', (version) =>
    expect(isKnownVersion(version)).toBe(false),
  );
});
