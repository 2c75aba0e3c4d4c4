// ESLint flat config. Kept as a dotfile because the project's top level is fixed; `npm run lint`
// passes it with -c.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Layers, kept by `no-restricted-imports` (tests/unit/lint/boundaries.test.ts proves each rule
// fires). A file takes the options of the last block whose `files` match it, so each block below
// lists every restriction for its folder (`restrict` joins them). Patterns match the import as
// written (`../messaging/wire`, `@/src/messaging/wire`); dependency-cruiser checks the resolved
// graph for circles, and for the engine's, the page reading's and the seam's rules again
// (.dependency-cruiser.cjs), where dynamic imports and `import('…')` types show too.
// ---------------------------------------------------------------------------------------------

/**
 * The browser seam: the only files that import the browser (`wxt/browser`), as today. Messaging
 * (runtime messages, tabs, the toolbar, windows, scripting, menus, commands, the legend's and
 * the pending item's flags in storage), the settings' storage, and the extension's strings.
 * Entry points and the background reach the browser only through these.
 */
const BROWSER_SEAM = ['src/messaging/**', 'src/settings/storage.ts', 'src/i18n.ts'];

/** A regex for an import of any of the folders `names` of src, as written (`../x/…`, `@/src/x/…`). */
const folder = (...names) => `(^|/)(${names.join('|')})(/|$)`;

const POLYFILL = {
  paths: [{ name: 'webextension-polyfill', message: "Import `browser` from 'wxt/browser'." }],
};

/** The browser itself: only the seam imports it. */
const BROWSER = {
  patterns: [
    {
      regex: '^(wxt/browser|@wxt-dev/browser|#imports)(/|$)',
      message: `Only the browser seam (${BROWSER_SEAM.join(', ')}) imports the browser.`,
    },
  ],
};

/**
 * The seam's modules, for layers that must not reach the browser even through them. The
 * localiser's types (Translate, MessageKey) are plain types and stay allowed.
 */
const SEAM = {
  patterns: [
    {
      regex: folder('messaging'),
      message: 'This layer does not talk to the browser: src/messaging is the seam above it.',
    },
    {
      regex: '(^|/)settings/storage$',
      message: 'This layer does not read storage: src/settings/storage.ts is the browser seam.',
    },
    {
      regex: '(^|/)i18n$',
      allowTypeImports: true,
      message:
        'Take the localiser (Translate) or the locale as a parameter; i18n.ts asks the browser.',
    },
  ],
};

const restrict = (...parts) => [
  'error',
  {
    paths: parts.flatMap((part) => part.paths ?? []),
    patterns: parts.flatMap((part) => part.patterns ?? []),
  },
];

/** Components: the .tsx files of the popup, options, report page, cards, legend and figures. */
const COMPONENTS = [
  'src/ui/**/*.tsx',
  'src/card/**/*.tsx',
  'src/legend/**/*.tsx',
  'src/figure/**/*.tsx',
  'src/report/**/*.tsx',
];

export default tseslint.config(
  { ignores: ['**/.output/**', '**/.wxt/**', 'node_modules/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page data as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render page data as text, never as HTML.' },
      ],
      'no-restricted-imports': restrict(POLYFILL),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },

  // The extension's code: the browser only through its seam, by import or by WXT's auto-imported
  // global (`browser`), and never as `chrome`.
  {
    files: ['src/**', 'entrypoints/**'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, BROWSER),
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome'].map((name) => ({
          name,
          message: `Only the browser seam (${BROWSER_SEAM.join(', ')}) uses the browser.`,
        })),
      ],
    },
  },
  {
    files: BROWSER_SEAM,
    rules: {
      'no-restricted-imports': restrict(POLYFILL),
      'no-restricted-globals': 'off',
    },
  },

  // Messaging is the wire: it carries the page reading's verdicts (their types) but knows
  // nothing of who sends or draws them.
  {
    files: ['src/messaging/**'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, {
        patterns: [
          {
            regex: folder('content', 'highlight', 'card', 'legend', 'ui', 'report', 'background'),
            message:
              'src/messaging is the seam: it defines its own wire types and imports none of the code that uses it.',
          },
          {
            regex: folder('reading'),
            allowTypeImports: true,
            message: 'src/messaging takes only the types of the page reading (`import type`).',
          },
        ],
      }),
    },
  },

  // The engine is pure: it imports nothing outside src/matching (no settings, no messaging, no
  // browser, no packages); what it needs comes in as arguments (matcher-data.ts).
  {
    files: ['src/matching/**'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, BROWSER, {
        patterns: [
          {
            regex: '^(?!\\./)|(^|/)\\.\\.(/|$)',
            message: 'src/matching is the pure engine: it imports only its own files (./…).',
          },
        ],
      }),
    },
  },

  // Reading a page reads the DOM and changes nothing: no UI, no rendering, no messaging, no
  // browser; the content script composes it with those (src/content).
  {
    files: ['src/reading/**'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, BROWSER, SEAM, {
        patterns: [
          {
            regex: folder('ui', 'card', 'legend', 'figure', 'report', 'highlight'),
            message:
              'src/reading reads a page; it shows nothing (no UI, cards, legend or highlights).',
          },
          {
            regex: '^preact(/|$)',
            message: 'src/reading reads a page; it renders nothing.',
          },
          {
            regex: folder('content', 'background'),
            message: 'src/reading is below the content script and the background; they compose it.',
          },
        ],
      }),
    },
  },

  // How highlights look is below what draws them.
  {
    files: ['src/style/**'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, BROWSER, SEAM, {
        patterns: [
          {
            regex: folder('highlight', 'card', 'legend', 'content', 'ui', 'report', 'background'),
            message: 'src/style is below the renderers and the UI that use it.',
          },
        ],
      }),
    },
  },

  // The background answers the pages over messaging; it does not run their code.
  {
    files: ['src/background/**'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, BROWSER, {
        patterns: [
          {
            regex: folder('content', 'reading', 'highlight', 'card', 'legend', 'ui', 'report'),
            message:
              "The background does not import the pages' code; what it shares with them lives in src/messaging.",
          },
        ],
      }),
    },
  },

  // Components render props. What the browser gives (the localiser, the locale, opening a tab,
  // flags in storage) comes from the composition roots (entrypoints/{popup,options,report}/
  // main.tsx) as props or LocaleContext (src/ui/locale.ts). The UI's seam is its hooks,
  // src/ui/use-*.ts (use-page-summary, use-settings, use-site-control): components may call
  // them; the hooks, and no other file of src/ui, import messaging and storage. A component may
  // import the wire's types (`import type` from src/messaging: the page summary it shows).
  {
    files: [...COMPONENTS, 'src/ui/**/*.ts'],
    ignores: ['src/ui/**/use-*.ts'],
    rules: {
      'no-restricted-imports': restrict(POLYFILL, BROWSER, {
        patterns: [
          {
            regex: folder('messaging'),
            allowTypeImports: true,
            message:
              'Components do not talk to the browser: take a prop from the composition root, or use a hook of the UI (src/ui/use-*.ts).',
          },
          {
            regex: '(^|/)settings/storage$',
            message:
              'Components do not read storage: use the settings hook (src/ui/use-settings.ts).',
          },
          {
            regex: '(^|/)i18n$',
            allowTypeImports: true,
            message:
              'Components take the localiser (t) as a prop and the locale from LocaleContext (src/ui/locale.ts).',
          },
        ],
      }),
    },
  },
);
