import { isItemKind, ITEM_KINDS, type ItemKind } from '../matching/types';
import { RETIRED_COLOURS } from '../style/palette';
import { siteHostname } from './hostname';
import { isPlainObject } from './plain-object';
import {
  DEFAULT_SETTINGS,
  MAX_SITES,
  SETTINGS_VERSION,
  WHEN_MODES,
  type Settings,
  type WhenMode,
} from './schema';

/** Settings made whole, and what was wrong with the input (empty when nothing was). */
export interface Checked {
  settings: Settings;
  /** One plain sentence per problem, naming the setting: `kinds.person: "yes" is not…`. */
  problems: string[];
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

type Report = (problem: string) => void;

function bool(name: string, value: unknown, fallback: boolean, report: Report): boolean {
  if (typeof value === 'boolean') return value;
  report(`${name}: ${show(value)} is not true or false; using ${fallback}`);
  return fallback;
}

/** A record keyed by kind: each valid entry kept, each bad or unknown one reported. */
function byKind<T>(
  name: string,
  value: unknown,
  fallback: Readonly<Record<ItemKind, T>>,
  check: (entry: unknown) => T | undefined,
  what: string,
  report: Report,
): Record<ItemKind, T> {
  const out = { ...fallback };
  if (!isPlainObject(value)) {
    report(`${name}: ${show(value)} is not an object; using the defaults`);
    return out;
  }
  for (const [kind, entry] of Object.entries(value)) {
    if (!isItemKind(kind)) {
      report(`${name}.${kind}: unknown kind; ignored`);
      continue;
    }
    const checked = check(entry);
    if (checked === undefined) {
      report(`${name}.${kind}: ${show(entry)} is not ${what}; using ${show(fallback[kind])}`);
    } else out[kind] = checked;
  }
  return out;
}

function sites(name: string, value: unknown, report: Report): string[] {
  if (!Array.isArray(value)) {
    report(`${name}: ${show(value)} is not a list of sites; using an empty list`);
    return [];
  }
  const out: string[] = [];
  for (const entry of value) {
    const host = typeof entry === 'string' ? siteHostname(entry) : undefined;
    if (host === undefined) report(`${name}: ${show(entry)} is not a hostname; dropped`);
    else if (!out.includes(host)) out.push(host);
  }
  if (out.length > MAX_SITES) {
    report(`${name}: more than ${MAX_SITES} sites; kept the first ${MAX_SITES}`);
    out.length = MAX_SITES;
  }
  return out;
}

/** A kind's colour left at a retired default (RETIRED_COLOURS) takes today's default. */
function withCurrentDefaults(colours: Record<ItemKind, string>): Record<ItemKind, string> {
  const out = { ...colours };
  for (const kind of ITEM_KINDS) {
    if (out[kind] === RETIRED_COLOURS[kind]) out[kind] = DEFAULT_SETTINGS.colours[kind];
  }
  return out;
}

/** Checks each field of a version-2 record in turn; see validateSettings. */
const FIELDS: {
  [K in Exclude<keyof Settings, 'version'>]: (value: unknown, report: Report) => Settings[K];
} = {
  kinds: (v, r) =>
    byKind(
      'kinds',
      v,
      DEFAULT_SETTINGS.kinds,
      (e) => (typeof e === 'boolean' ? e : undefined),
      'true or false',
      r,
    ),
  colours: (v, r) =>
    withCurrentDefaults(
      byKind(
        'colours',
        v,
        DEFAULT_SETTINGS.colours,
        (e) => (typeof e === 'string' && /^#[0-9a-f]{6}$/i.test(e) ? e.toLowerCase() : undefined),
        'a #rrggbb colour',
        r,
      ),
    ),
  highContrast: (v, r) => bool('highContrast', v, DEFAULT_SETTINGS.highContrast, r),
  when: (v, r) => {
    if ((WHEN_MODES as readonly unknown[]).includes(v)) return v as WhenMode;
    r(`when: ${show(v)} is not one of ${WHEN_MODES.join(', ')}; using ${DEFAULT_SETTINGS.when}`);
    return DEFAULT_SETTINGS.when;
  },
  alwaysOn: (v, r) => sites('alwaysOn', v, r),
  neverOn: (v, r) => sites('neverOn', v, r),
  hoverCards: (v, r) => bool('hoverCards', v, DEFAULT_SETTINGS.hoverCards, r),
  disputedFlags: (v, r) => bool('disputedFlags', v, DEFAULT_SETTINGS.disputedFlags, r),
  wrapHighlights: (v, r) => bool('wrapHighlights', v, DEFAULT_SETTINGS.wrapHighlights, r),
  everyMention: (v, r) => bool('everyMention', v, DEFAULT_SETTINGS.everyMention, r),
};

/**
 * Makes whole settings from a record in the current shape (after migrate.ts), field by
 * field: a valid field is kept, an absent one takes its default silently (so a field added
 * later needs no migration), a corrupt or out-of-range one takes its default and is
 * reported, as is an unknown key (which is dropped). A host on both site lists stays only
 * on `neverOn`. `version` is not checked here.
 */
export function validateSettings(record: Readonly<Record<string, unknown>>): Checked {
  const problems: string[] = [];
  const report: Report = (problem) => problems.push(problem);
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(record)) {
    if (key === 'version') continue;
    if (!Object.hasOwn(FIELDS, key)) {
      report(`${show(key)}: unknown setting; ignored`);
      continue;
    }
    out[key] = FIELDS[key as keyof typeof FIELDS](value, report);
  }
  const settings = { ...out, version: SETTINGS_VERSION } as Settings;
  const both = settings.alwaysOn.filter((host) => settings.neverOn.includes(host));
  if (both.length === 0) return { settings, problems };
  report(`alwaysOn: ${both.join(', ')} also on neverOn; kept on neverOn only`);
  return {
    settings: { ...settings, alwaysOn: settings.alwaysOn.filter((h) => !both.includes(h)) },
    problems,
  };
}
