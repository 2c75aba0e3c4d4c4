import { describe, expect, it } from 'vitest';
import { readSettings } from '@/src/settings/read-settings';
import { DEFAULT_SETTINGS } from '@/src/settings/schema';

describe('readSettings (what storage holds)', () => {
  it.each([undefined, null])(
    'gives the defaults silently when nothing is stored (%s)',
    (stored) => {
      expect(readSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    },
  );

  it.each(['{"when":"every"}', 42, true, ['when', 'every'], () => 1])(
    'gives the defaults for a stored %s that is not an object, and says so',
    (stored) => {
      const { settings, problems } = readSettings(stored);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/instead of an object/);
    },
  );

  it('migrates a v1 record', () => {
    expect(readSettings({ version: 1, highlightMode: false }).settings.when).toBe('asked');
  });

  it.each([99, undefined, 'two'])(
    'reads a record of unknown version %s field by field, keeping the valid fields',
    (version) => {
      const { settings, problems } = readSettings({
        version,
        when: 'every',
        highContrast: 'very',
        shinyNewSetting: 1,
      });
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, when: 'every' });
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(/^version: .* is unknown; read as version 2$/);
    },
  );

  it('keeps every valid field of a corrupt record', () => {
    const { settings, problems } = readSettings({
      version: 2,
      when: 'every',
      kinds: { person: false, term: 'nope' },
      neverOn: ['127.0.0.1', { host: 'x' }],
      disputedFlags: false,
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      when: 'every',
      kinds: { ...DEFAULT_SETTINGS.kinds, person: false },
      neverOn: ['127.0.0.1'],
      disputedFlags: false,
    });
    expect(problems).toHaveLength(2);
  });
});
