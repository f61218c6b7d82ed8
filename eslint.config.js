import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Library internals are reached through src/graph/internals/index.ts only. */
const INTERNALS_DOOR = {
  group: ['**/internals/*'],
  message: 'Import library internals from src/graph/internals (its index), not its files.',
};

/** Browser objects the pure domain layer may not reach for. */
const BROWSER_GLOBALS = [
  'window',
  'self',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'DOMParser',
  'Worker',
  'alert',
  'confirm',
  'prompt',
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Data from files is shown as text only: nothing in the app may parse strings as HTML.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render data as text; never as HTML.',
        },
        {
          selector:
            'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)$/]',
          message: 'Render data as text; never as HTML.',
        },
        {
          selector: "MemberExpression[object.name='document'][property.name=/^write(ln)?$/]",
          message: 'Render data as text; never as HTML.',
        },
      ],
    },
  },
  {
    // Only the graph layer touches Cytoscape, and it reaches library internals through one door.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'],
              message: 'Only src/graph/ uses Cytoscape: go through the graph adapter.',
            },
            INTERNALS_DOOR,
          ],
        },
      ],
    },
  },
  {
    files: ['src/graph/**/*.{ts,tsx}'],
    ignores: ['src/graph/internals/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [INTERNALS_DOOR] }] },
  },
  {
    // The domain layer stays free of React, Cytoscape, the store and the browser.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'cytoscape',
            'cytoscape-*',
            'zustand',
            '**/graph/**',
            '**/ui/**',
            '**/store/**',
            '**/app/**',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: 'src/domain is pure: take what the browser gives as a parameter.',
        })),
      ],
    },
  },
);
