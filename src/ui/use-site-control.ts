import { useState } from 'preact/hooks';
import { siteHostname } from '../settings/hostname';
import { siteRule, withSiteRule } from '../settings/site-rule';
import type { SiteControl } from './PageControls';
import { useSettings } from './use-settings';

/**
 * The site rule of the page at `url` (undefined: no page yet), read from and saved to the
 * settings; every open tab of the site follows at once. Undefined for pages that are not on a
 * web site (extension pages, files) and while the settings load.
 */
export function useSiteControl(url: string | undefined): SiteControl | undefined {
  const { settings, save } = useSettings();
  const [error, setError] = useState<string>();
  const host = url === undefined ? undefined : siteHostname(url);
  if (host === undefined || settings === undefined) return undefined;
  return {
    host,
    rule: siteRule(settings, host),
    onChange: (rule) => void save(withSiteRule(settings, host, rule)).then(setError),
    error,
  };
}
