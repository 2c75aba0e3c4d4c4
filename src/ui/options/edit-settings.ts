import { siteHostname } from '../../settings/hostname';
import { MAX_SITES, type Settings } from '../../settings/schema';

/** The two site lists. */
export type SiteList = 'alwaysOn' | 'neverOn';

/** The result of adding a site: new settings, or the input that named no site. */
export type SiteEdit = { ok: true; settings: Settings } | { ok: false; invalid: string };

/**
 * Adds the site `input` names (a hostname or a pasted address, see siteHostname) to `list`,
 * taking it off the other list, where it cannot also be. Adding a listed site changes nothing;
 * a full list drops its oldest entry.
 */
export function addSite(settings: Settings, list: SiteList, input: string): SiteEdit {
  const host = siteHostname(input);
  if (host === undefined) return { ok: false, invalid: input.trim() };
  const other: SiteList = list === 'alwaysOn' ? 'neverOn' : 'alwaysOn';
  const entries = settings[list].includes(host) ? settings[list] : [...settings[list], host];
  return {
    ok: true,
    settings: {
      ...settings,
      [list]: entries.slice(-MAX_SITES),
      [other]: settings[other].filter((entry) => entry !== host),
    },
  };
}

/** Takes `host` off `list`. */
export function removeSite(settings: Settings, list: SiteList, host: string): Settings {
  return { ...settings, [list]: settings[list].filter((entry) => entry !== host) };
}
