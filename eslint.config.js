import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON_ONLY_IN_GLUE =
  'Only src-main/electron/** and the preload may import electron: everything else runs under plain Node.';

const electron = { name: 'electron', message: ELECTRON_ONLY_IN_GLUE };
const nodeBuiltins = builtinModules
  .filter((name) => !name.startsWith('_'))
  .map((name) => ({ name, message: 'This layer must not use Node modules.' }));
const nodeScheme = { group: ['node:*'], message: 'This layer must not use Node modules.' };

const layer = (message, ...group) => ({ group, message });

/** One rule per area: flat config replaces a rule's options, so each area lists all it forbids. */
function restrictImports({ paths = [], patterns = [] }) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'docs/screenshots/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      ...restrictImports({ paths: [electron] }),
    },
  },
  {
    files: ['src-main/electron/**', 'src-preload/**'],
    rules: restrictImports({
      patterns: [
        layer('The glue must not reach into the UI or the server.', '**/src-renderer/**', '**/src-server/**'),
      ],
    }),
  },
  {
    files: ['src-main/core/**'],
    rules: restrictImports({
      paths: [electron],
      patterns: [
        layer(
          'The core is transport-free: it must not import the glue or the browser shell.',
          '**/electron/**',
          '**/web/**',
        ),
        layer('The core must not import the UI or the server.', '**/src-renderer/**', '**/src-server/**'),
      ],
    }),
  },
  {
    files: ['src-server/**'],
    rules: restrictImports({
      paths: [electron],
      patterns: [
        layer('The server shares code only through src-shared.', '**/src-main/**', '**/src-renderer/**'),
      ],
    }),
  },
  {
    files: ['src-shared/**'],
    rules: restrictImports({
      paths: [electron, ...nodeBuiltins],
      patterns: [
        nodeScheme,
        layer(
          'src-shared is pure TypeScript used by every side.',
          '**/src-main/**',
          '**/src-server/**',
          '**/src-renderer/**',
        ),
      ],
    }),
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictImports({
        paths: [electron, ...nodeBuiltins],
        patterns: [
          nodeScheme,
          layer(
            'The renderer talks to the core only through window.api.',
            '**/src-main/**',
            '**/src-server/**',
          ),
          layer('The renderer never sees SQL.', 'better-sqlite3', 'kysely', 'pg'),
        ],
      }),
    },
  },
);
