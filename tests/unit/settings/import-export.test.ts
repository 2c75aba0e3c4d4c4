import { describe, expect, it } from 'vitest';
import {
  exportSettings,
  importSettings,
  MAX_SETTINGS_FILE_BYTES,
  SETTINGS_FORMAT,
} from '@/src/settings/import-export';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/schema';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  when: 'asked',
  colours: { ...DEFAULT_SETTINGS.colours, term: '#000000' },
  neverOn: ['127.0.0.1'],
  alwaysOn: ['lemonde.fr'],
  highContrast: true,
};

const file = (record: Record<string, unknown>) =>
  JSON.stringify({ format: SETTINGS_FORMAT, ...record });

/** The error importSettings gives, failing the test when it accepts. */
function refusal(text: string): string {
  const result = importSettings(text);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

describe('exportSettings / importSettings', () => {
  it('round-trips', () => {
    expect(importSettings(exportSettings(custom))).toEqual({ ok: true, settings: custom });
    expect(importSettings(exportSettings(DEFAULT_SETTINGS))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    });
  });

  it('writes a readable file marked as ours', () => {
    const text = exportSettings(custom);
    expect(JSON.parse(text)).toMatchObject({ format: SETTINGS_FORMAT, version: 2, when: 'asked' });
    expect(text).toContain('\n  "when": "asked",\n');
  });

  it('imports a version-1 file through the migration', () => {
    const result = importSettings(file({ version: 1, highlightMode: false, kinds: ['person'] }));
    expect(result.ok && result.settings.when).toBe('asked');
    expect(result.ok && result.settings.kinds.country).toBe(false);
  });

  it('accepts a byte-order mark and fills left-out fields with defaults', () => {
    const result = importSettings('\uFEFF' + file({ version: 2, when: 'every' }));
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, when: 'every' } });
  });
});

describe('importSettings refuses, with a clear message', () => {
  it.each<[string, string, RegExp]>([
    [
      'malformed JSON',
      '{"format": "summit-lens-settings", "version": 2,',
      /^The file is not valid JSON \(.+\)\.$/,
    ],
    ['an empty file', '', /^The file is not valid JSON/],
    ['a JSON array', '[1, 2]', /^The file is not a Summit Lens settings file\.$/],
    ['a JSON string', '"settings"', /^The file is not a Summit Lens settings file\.$/],
    ['null', 'null', /^The file is not a Summit Lens settings file\.$/],
    ['another app’s JSON', '{"version": 2, "when": "every"}', /not a Summit Lens settings file/],
    [
      'an unknown version',
      file({ version: 3 }),
      /version 3 is not one this version of Summit Lens reads \(1 to 2\)/,
    ],
    ['no version', file({ when: 'every' }), /version undefined is not one/],
    ['a version as text', file({ version: '2' }), /version "2" is not one/],
    [
      'an out-of-range value',
      file({ version: 2, when: 'always' }),
      /^The file has invalid settings: when: "always" is not one of summit, every, asked; using summit\.$/,
    ],
    ['an unknown setting', file({ version: 2, evil: true }), /"evil": unknown setting/],
    [
      'a hostile hostname',
      file({ version: 2, neverOn: ['<script>'] }),
      /neverOn: "<script>" is not a hostname/,
    ],
    [
      'a CSS injection in a colour',
      file({ version: 2, colours: { person: 'red;}*{display:none' } }),
      /colours.person: .* is not a #rrggbb colour/,
    ],
  ])('%s', (_, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it.each([
    ['__proto__', `{"format": "${SETTINGS_FORMAT}", "version": 2, "__proto__": {"isAdmin": true}}`],
    [
      '__proto__',
      `{"format": "${SETTINGS_FORMAT}", "version": 2, "kinds": {"__proto__": {"x": 1}}}`,
    ],
    [
      'constructor',
      `{"format": "${SETTINGS_FORMAT}", "version": 2, "constructor": {"prototype": {}}}`,
    ],
    [
      'prototype',
      `{"format": "${SETTINGS_FORMAT}", "version": 2, "colours": {"prototype": "#000000"}}`,
    ],
  ])('a prototype-pollution key %s (and pollutes nothing)', (key, text) => {
    expect(refusal(text)).toBe(
      `The file was refused because it contains the forbidden key "${key}".`,
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('absurd nesting', () => {
    const deep = '{"a":'.repeat(50) + '1' + '}'.repeat(50);
    expect(refusal(deep)).toBe('The file was refused because it nests deeper than 8 levels.');
  });

  it('a file over the size limit, before parsing it', () => {
    const big = file({ version: 2, padding: 'x'.repeat(MAX_SETTINGS_FILE_BYTES) });
    expect(refusal(big)).toBe('The file is too large (65 KB; a settings file is at most 64 KB).');
  });

  it('lists at most three problems', () => {
    const text = file({ version: 2, a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(refusal(text)).toMatch(/"c": unknown setting; ignored \(and 2 more\)\.$/);
  });
});
