import { isKnownVersion, migrate } from './migrate';
import { isPlainObject } from './plain-object';
import { SETTINGS_VERSION, type Settings } from './schema';
import { validateSettings } from './validate';

/** Marks a JSON file as Summit Lens settings (its `format` field). */
export const SETTINGS_FORMAT = 'summit-lens-settings';

/** Largest settings file accepted, in bytes (a full file is under 20 KB). */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;

/** Deepest nesting a settings file needs is 2; anything far deeper is not ours. */
const MAX_DEPTH = 8;

/** Keys that could reach an object's prototype if a later step copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The outcome of reading a settings file: settings, or why the file was refused. */
export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** The settings as the text of a JSON file (what the options page exports). */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, ...settings }, null, 2)}\n`;
}

/** The first forbidden key, or a note that `value` nests too deep; undefined when clean. */
function hostile(value: unknown, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return `it nests deeper than ${MAX_DEPTH} levels`;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, entry] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `it contains the forbidden key "${key}"`;
    const found = hostile(entry, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const refuse = (why: string): ImportResult => ({ ok: false, error: `${why}.` });

/** Why a file of `bytes` bytes is refused unread, or undefined when its size is fine. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_SETTINGS_FILE_BYTES) return undefined;
  const limit = MAX_SETTINGS_FILE_BYTES / 1024;
  return `The file is too large (${Math.ceil(bytes / 1024)} KB; a settings file is at most ${limit} KB).`;
}

/**
 * Reads a settings file (exportSettings, this or an earlier version). Strict, unlike reading
 * storage: the file is refused whole, with one sentence saying why, when it is over
 * MAX_SETTINGS_FILE_BYTES, not JSON, not an object marked with SETTINGS_FORMAT, of an
 * unknown version, holds `__proto__`/`constructor`/`prototype` keys or absurd nesting, or
 * has any invalid or unknown setting. Fields left out take their defaults.
 */
export function importSettings(text: string): ImportResult {
  const tooLarge = sizeProblem(new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, error: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse(`The file is not valid JSON (${(error as Error).message})`);
  }
  const danger = hostile(data);
  if (danger) return refuse(`The file was refused because ${danger}`);
  if (!isPlainObject(data) || data.format !== SETTINGS_FORMAT) {
    return refuse('The file is not a Summit Lens settings file');
  }
  const record: Record<string, unknown> = { ...data };
  delete record.format;
  if (!isKnownVersion(record.version)) {
    return refuse(
      `The file's settings version ${JSON.stringify(record.version)} is not one this version of Summit Lens reads (1 to ${SETTINGS_VERSION})`,
    );
  }
  const migrated = migrate(record);
  const checked = validateSettings(migrated.record);
  const problems = [...migrated.problems, ...checked.problems];
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return refuse(`The file has invalid settings: ${problems.slice(0, 3).join('; ')}${more}`);
  }
  return { ok: true, settings: checked.settings };
}
