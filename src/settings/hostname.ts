/**
 * Site-list entries are hostnames: lower case, internationalised names in punycode, no port,
 * no path. An entry covers the host itself and its subdomains (`lemonde.fr` covers
 * `www.lemonde.fr`); an IP address covers only itself.
 */

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The hostname a reader means by `input`: a hostname, or a URL pasted whole
 * (`https://www.lemonde.fr/international/…` gives `www.lemonde.fr`); a leading `*.` is
 * dropped. Undefined when `input` names no host.
 */
export function siteHostname(input: string): string | undefined {
  let text = input.trim().toLowerCase().replace(/^\*\./, '');
  if (text === '') return undefined;
  if (!text.includes('://')) {
    // Without a scheme, only a host (with a port or path) is meant: "what?" is no site.
    if (/[?#@\s\\]/.test(text)) return undefined;
    text = `http://${text}`;
  }
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
  return HOSTNAME.test(host) || IPV6.test(host) ? host : undefined;
}

/** Whether `hostname` (a page's `location.hostname`) is covered by an entry of `list`. */
export function onSiteList(list: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return list.some(
    (entry) =>
      entry === host ||
      (/[a-z]/.test(entry) && !entry.startsWith('[') && host.endsWith(`.${entry}`)),
  );
}
