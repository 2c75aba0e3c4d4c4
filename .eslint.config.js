// ESLint flat config. Kept as a dotfile because the project's top level is fixed; `npm run lint`
// passes it with -c.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        { name: 'webextension-polyfill', message: "Import `browser` from 'wxt/browser'." },
      ],
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
);
