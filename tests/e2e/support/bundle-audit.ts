import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A finding of auditBundle: which file, what rule, and the text around it. */
export interface Finding {
  file: string;
  rule: string;
  excerpt: string;
}

/** Code that compiles strings or loads code at run time. */
const DYNAMIC_CODE: [string, RegExp][] = [
  ['eval(', /(?<![\w$.])eval\s*\(/g],
  ['new Function', /new\s+Function\s*\(/g],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/g],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
  ['importScripts', /\bimportScripts\s*\(/g],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/g],
];

/** APIs that make requests. Vite's modulepreload polyfill fetches local chunks only. */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /(?<![\w$.])fetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['EventSource', /\bEventSource\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
];

/** URLs a bundle may contain: XML namespaces, match patterns, a scheme put before a host. */
const HARMLESS_URL =
  /^(?:https?:\/\/www\.w3\.org\/(?:1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace)|https?:\/\/\*\/\*|https?:\/\/\$\{)/;
const ANY_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/g;

/** Every file under `dir`, relative to it. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesOf(full).map((inner) => path.join(name, inner))
      : [name];
  });
}

/**
 * Reads every script, page and style sheet of a build and reports dynamic code, network
 * APIs (but Vite's modulepreload polyfill), URLs other than HARMLESS_URL, and pages that
 * load scripts, styles or anything else from outside the package.
 */
export function auditBundle(dir: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of filesOf(dir)) {
    if (!/\.(?:m?js|html|css)$/.test(file)) continue;
    const text = readFileSync(path.join(dir, file), 'utf8');
    const report = (rule: string, at: number) =>
      findings.push({ file, rule, excerpt: text.slice(Math.max(0, at - 60), at + 60) });
    const scan = (rules: [string, RegExp][], allow: (at: number) => boolean = () => false) => {
      for (const [rule, pattern] of rules) {
        for (const m of text.matchAll(pattern)) if (!allow(m.index)) report(rule, m.index);
      }
    };
    scan(DYNAMIC_CODE);
    scan(NETWORK_APIS, (at) => text.slice(Math.max(0, at - 800), at).includes('modulepreload'));
    for (const m of text.matchAll(ANY_URL)) {
      if (!HARMLESS_URL.test(m[0])) report(`URL ${m[0]}`, m.index);
    }
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/\b(?:src|href|action)\s*=\s*["']?([^"'\s>]+)/gi)) {
        if (/^(?:[a-z][\w+.-]*:|\/\/)/i.test(m[1]!)) report(`external ${m[1]}`, m.index);
      }
      for (const m of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/gi)) {
        report('inline script', m.index);
      }
    }
    if (file.endsWith('.css')) {
      for (const m of text.matchAll(/@import|url\(\s*["']?(?!data:|\/|\.)[a-z]+:/gi)) {
        report('remote CSS', m.index);
      }
    }
  }
  return findings;
}

/** Code that marks a copy of the browser rim in a script: the polyfill, messaging, storage. */
const RIM_MARKERS: [string, RegExp][] = [
  ['webextension-polyfill', /webextension-polyfill/g],
  ['runtime messaging', /\.sendMessage\s*\(|onMessage\.addListener/g],
  ['settings storage', /storage\.sync/g],
];

/**
 * Which scripts of a build carry which parts of the browser rim (RIM_MARKERS), by file: the
 * highlighter (highlighter.js) must carry none, being handed the gate's services.
 */
export function rimCopies(dir: string): Record<string, string[]> {
  const copies: Record<string, string[]> = {};
  for (const file of filesOf(dir)) {
    if (!/\.m?js$/.test(file)) continue;
    const text = readFileSync(path.join(dir, file), 'utf8');
    const found = RIM_MARKERS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
    RIM_MARKERS.forEach(([, pattern]) => (pattern.lastIndex = 0));
    if (found.length > 0) copies[file] = found;
  }
  return copies;
}
