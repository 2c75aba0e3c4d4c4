import { isKnownVersion, migrate } from './migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema';
import { isPlainObject } from './plain-object';
import { validateSettings, type Checked } from './validate';

/**
 * Settings from whatever storage holds, never failing: nothing stored gives the defaults
 * silently; a non-object gives the defaults; a record of a known version is migrated, one of
 * no or an unknown (say newer) version is read field by field as the current shape. Every
 * field is then validated, so one corrupt value costs only itself. Problems are returned for
 * the caller to report; nothing is written back (a newer install syncing the same storage
 * keeps its data).
 */
export function readSettings(stored: unknown): Checked {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  if (!isPlainObject(stored)) {
    return {
      settings: DEFAULT_SETTINGS,
      problems: [`settings: ${typeof stored} stored instead of an object; using the defaults`],
    };
  }
  const known = isKnownVersion(stored.version);
  const migrated = known ? migrate(stored) : { record: stored, problems: [] };
  const checked = validateSettings(migrated.record);
  const versionProblem = known
    ? []
    : [
        `version: ${JSON.stringify(stored.version)} is unknown; read as version ${SETTINGS_VERSION}`,
      ];
  return {
    settings: checked.settings,
    problems: [...versionProblem, ...migrated.problems, ...checked.problems],
  };
}
