import { defineConfig } from 'wxt';

/**
 * The benchmark's floor (tests/bench/README.md): an extension whose content script is WXT's
 * and the polyfill's start-up and nothing else, built with the same WXT, modules and
 * manifest version as Summit Lens. Built by `npm run bench` into tests/bench/floor/.output.
 */
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: { name: 'Summit Lens bench floor', version: '0.0.0' },
});
