import { onSiteList } from './hostname';
import { MAX_SITES, type Settings } from './schema';

/**
 * What the site lists say about one site: `default` (on neither list: `when` decides),
 * `alwaysOn` or `neverOn`. The popup's site control reads and writes this.
 */
export type SiteRule = 'default' | 'alwaysOn' | 'neverOn';

/** The rule covering `hostname` (a page's `location.hostname`); `neverOn` wins, as it does on pages. */
export function siteRule(settings: Settings, hostname: string): SiteRule {
  if (onSiteList(settings.neverOn, hostname)) return 'neverOn';
  if (onSiteList(settings.alwaysOn, hostname)) return 'alwaysOn';
  return 'default';
}

/**
 * Settings under which `rule` covers `host` (a canonical hostname, see siteHostname): every
 * entry covering the host (the host itself or a parent domain) comes off both lists, then the
 * host goes on the rule's list. Other sites keep their entries; a full list drops its oldest.
 */
export function withSiteRule(settings: Settings, host: string, rule: SiteRule): Settings {
  const keep = (list: readonly string[]) => list.filter((entry) => !onSiteList([entry], host));
  const alwaysOn = keep(settings.alwaysOn);
  const neverOn = keep(settings.neverOn);
  if (rule === 'alwaysOn') alwaysOn.push(host);
  if (rule === 'neverOn') neverOn.push(host);
  return { ...settings, alwaysOn: alwaysOn.slice(-MAX_SITES), neverOn: neverOn.slice(-MAX_SITES) };
}
