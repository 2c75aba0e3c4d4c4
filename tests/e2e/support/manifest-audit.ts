import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The permissions Summit Lens asks for. Changing this list is a product decision: the
 * security suite fails on any other, so a new permission is always added on purpose.
 */
// contextMenus: the "Look up in Summit Lens" item on selected text; scripting: running the
// highlighter in a page only when its gate asks for it (README, Permissions).
export const EXPECTED_PERMISSIONS: readonly string[] = ['contextMenus', 'scripting', 'storage'];

/** The hosts it may reach: the pages its content script already runs on, and no others. */
export const EXPECTED_HOSTS: readonly string[] = ['http://*/*', 'https://*/*'];

/** Keys that would widen what the extension can reach or what can reach it. */
const FORBIDDEN_KEYS = [
  'optional_permissions',
  'optional_host_permissions',
  'externally_connectable',
  'web_accessible_resources',
  'sandbox',
  'update_url',
  'content_security_policy',
  'declarative_net_request',
  'chrome_url_overrides',
];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[]; all_frames?: boolean }[];
  background?: { service_worker?: string; scripts?: string[] };
};

/**
 * Problems with a built manifest: unexpected permissions, keys that relax the default CSP
 * (which forbids remote code and eval in extension pages) or widen access, content scripts
 * beyond http(s) pages, and scripts the package does not contain. `dir` is the build folder.
 */
export function auditManifest(manifest: Manifest, dir: string): string[] {
  const problems: string[] = [];
  const permissions = [...(manifest.permissions ?? [])].sort();
  if (JSON.stringify(permissions) !== JSON.stringify([...EXPECTED_PERMISSIONS].sort())) {
    problems.push(`permissions ${JSON.stringify(permissions)}`);
  }
  const hosts = [...(manifest.host_permissions ?? [])].sort();
  if (JSON.stringify(hosts) !== JSON.stringify([...EXPECTED_HOSTS].sort())) {
    problems.push(`host permissions ${JSON.stringify(hosts)}`);
  }
  for (const key of FORBIDDEN_KEYS) if (key in manifest) problems.push(`has ${key}`);
  if (manifest.manifest_version !== 3) problems.push('not manifest version 3');
  const scripts = [
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(manifest.background?.scripts ?? []),
  ];
  for (const cs of manifest.content_scripts ?? []) {
    for (const match of cs.matches ?? []) {
      if (!['http://*/*', 'https://*/*'].includes(match))
        problems.push(`content script on ${match}`);
    }
    scripts.push(...(cs.js ?? []), ...(cs.css ?? []));
  }
  for (const script of scripts) {
    if (/^[a-z][\w+.-]*:|^\/\//i.test(script)) problems.push(`remote script ${script}`);
    else if (!existsSync(path.join(dir, script))) problems.push(`missing ${script}`);
  }
  return problems;
}
