import { isItemKind, ITEM_KINDS, type ItemKind } from '../matching/types';
import { SETTINGS_VERSION } from './schema';
import { isPlainObject } from './plain-object';

/**
 * Version 1, the first shape of the settings (Summit Lens 0.1): one switch for automatic
 * highlighting, a list of kinds, a named palette and one map of per-site choices.
 *
 * ```
 * { version: 1,
 *   highlightMode: boolean,                      // true: pages about the summit; false: only when asked
 *   kinds: ItemKind[],                           // the kinds highlighted
 *   palette: 'standard' | 'high-contrast',
 *   sites: { [hostname]: 'always' | 'never' },
 *   hoverCards: boolean,
 *   disputedFlags: boolean }
 * ```
 *
 * Version 2 (schema.ts) adds a third `when` (every page) and colours per kind, so the switch
 * became the `when` enum, the kinds a record, the palette a flag and the map two lists.
 */
export type SettingsV1 = {
  version: 1;
  highlightMode: boolean;
  kinds: ItemKind[];
  palette: 'standard' | 'high-contrast';
  sites: Record<string, 'always' | 'never'>;
  hoverCards: boolean;
  disputedFlags: boolean;
};

/** A record on its way up, and what could not be carried over. */
export interface Migrated {
  record: Record<string, unknown>;
  problems: string[];
}

/** v1 -> v2. Fields it cannot read are left out (so they take their defaults) and reported. */
function fromV1(v1: Record<string, unknown>): Migrated {
  const { highlightMode, kinds, palette, sites, ...rest } = v1;
  const record: Record<string, unknown> = { ...rest, version: 2 };
  const problems: string[] = [];
  if (typeof highlightMode === 'boolean') record.when = highlightMode ? 'summit' : 'asked';
  else if (highlightMode !== undefined) problems.push('highlightMode: not true or false; dropped');
  if (Array.isArray(kinds)) {
    record.kinds = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, kinds.includes(kind)]));
    const unknown = kinds.filter((kind) => !isItemKind(kind));
    if (unknown.length) problems.push(`kinds: unknown kinds ${JSON.stringify(unknown)}; dropped`);
  } else if (kinds !== undefined) problems.push('kinds: not a list of kinds; dropped');
  if (palette === 'standard' || palette === 'high-contrast') {
    record.highContrast = palette === 'high-contrast';
  } else if (palette !== undefined)
    problems.push('palette: not standard or high-contrast; dropped');
  if (isPlainObject(sites)) {
    const listed = (choice: string) => Object.keys(sites).filter((host) => sites[host] === choice);
    record.alwaysOn = listed('always');
    record.neverOn = listed('never');
    const bad = Object.keys(sites).filter(
      (host) => !['always', 'never'].includes(sites[host] as string),
    );
    if (bad.length) problems.push(`sites: ${bad.join(', ')} neither always nor never; dropped`);
  } else if (sites !== undefined) problems.push('sites: not a map of hostnames; dropped');
  return { record, problems };
}

/** Step from version N to N + 1, by N. Add one per new version, never edit an old one. */
const STEPS: Record<number, (record: Record<string, unknown>) => Migrated> = { 1: fromV1 };

/** Versions a record may have: 1 to SETTINGS_VERSION. */
export function isKnownVersion(version: unknown): version is number {
  return (
    Number.isInteger(version) && (version as number) >= 1 && (version as number) <= SETTINGS_VERSION
  );
}

/**
 * Brings a record of a known version (see isKnownVersion) up to SETTINGS_VERSION, one step
 * at a time; its fields are checked afterwards by validate.ts. Pure: `record` is not changed.
 */
export function migrate(record: Readonly<Record<string, unknown>>): Migrated {
  let current: Migrated = { record: { ...record }, problems: [] };
  for (let version = record.version as number; version < SETTINGS_VERSION; version += 1) {
    const next = STEPS[version]!(current.record);
    current = { record: next.record, problems: [...current.problems, ...next.problems] };
  }
  return current;
}
