/**
 * The import graph's rules, checked by `npm run lint:graph`: no circle anywhere; and, on the
 * resolved graph (dynamic imports and `import('…')` types included), the layers' main rules
 * again. ESLint's no-restricted-imports (.eslint.config.js) keeps them all and names the way
 * out; packages are its alone, as node_modules is left out of this graph (`wxt/browser`, which
 * stays unresolved here, is the exception).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files that import each other, however indirectly, cannot be read one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'matching-is-pure',
      severity: 'error',
      comment: 'The engine imports nothing outside src/matching; what it needs comes as arguments.',
      from: { path: '^src/matching/' },
      to: { pathNot: '^src/matching/' },
    },
    {
      name: 'reading-reads-only',
      severity: 'error',
      comment: 'Reading a page shows nothing and talks to no browser; src/content composes it.',
      from: { path: '^src/reading/' },
      to: {
        path: [
          '^src/(ui|card|legend|figure|report|highlight|content|background|messaging)/',
          '^src/settings/storage\\.ts$',
          '^(wxt|@wxt-dev)/',
        ],
      },
    },
    {
      name: 'browser-only-through-its-seam',
      severity: 'error',
      comment:
        'Only src/messaging, src/settings/storage.ts and src/i18n.ts import the browser (tests fake it).',
      from: { pathNot: '^(src/messaging/|src/settings/storage\\.ts$|src/i18n\\.ts$|tests/)' },
      to: {
        path: '^(wxt/browser|@wxt-dev/browser|#imports)(/|$)',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
