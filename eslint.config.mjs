// Flat ESLint config: strict TypeScript, the one-way import rules of STYLE.md §1–2, and the
// local i18n/theme rules (eslint-rules/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import salesdesk from './eslint-rules/index.mjs';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'url',
  'stream',
  'events',
  'worker_threads',
];

/** Builds a no-restricted-imports rule from forbidden package names, folder globs and patterns. */
function forbid(layer, packages, folders, patterns = []) {
  return [
    'error',
    {
      patterns: [
        ...packages.map((group) => ({
          group: [group, `${group}/*`],
          message: `${layer} must not import "${group}" (STYLE.md §1–2).`,
        })),
        ...folders.map((folder) => ({
          group: [`**/${folder}`, `**/${folder}/**`],
          message: `${layer} must not import from ${folder}/ (imports flow one way, STYLE.md §1).`,
        })),
        ...patterns,
      ],
    },
  ];
}

// What every renderer file may not import; each block below that sets no-restricted-imports for
// renderer files replaces the rule, so it repeats these.
const rendererPackages = ['electron', 'fastify', 'pg', '@electric-sql', ...nodeBuiltins];
const rendererOutside = ['electron', 'server', 'tests'];

// Inside renderer/, one way: app/ (the shell) → features/ → ui/ (the kit features share) →
// db/, sync/, store/, i18n/, theme/, lib/.
const rendererLayers = [
  { layers: ['features'], forbidden: ['app'] },
  { layers: ['ui'], forbidden: ['app', 'features'] },
  { layers: ['db', 'sync', 'store', 'i18n', 'theme', 'lib'], forbidden: ['app', 'features', 'ui'] },
];
// Files nested deeper than this below their layer folder share one looser block.
const MAX_LAYER_DEPTH = 6;

/**
 * A pattern for relative imports that land in renderer/<folder> from a file `depth` folders
 * below renderer/<layer>/: exactly enough `../` to reach renderer/ (or one more and
 * `renderer/`), then the folder. So `shared/app-…`, an npm package or a feature's own `app/`
 * subfolder never match.
 */
function rendererFolder(layers, folder, depth, deeper) {
  const up = depth + 1;
  const ups = deeper ? `(?:\\.\\./){${up},}` : `(?:\\.\\./){${up}}`;
  return {
    regex: `^(?:\\./)?(?:${ups}|(?:\\.\\./){${up + 1}}renderer/)${folder}(?:/|$)`,
    caseSensitive: true,
    message: `${layers.map((l) => `renderer/${l}/`).join(', ')} must not import from renderer/${folder}/ (in renderer/, imports flow app → features → ui → db, sync, store, i18n, theme, lib).`,
  };
}

/** One config block per nesting depth, since a relative path's meaning depends on it. */
function rendererLayerBlocks() {
  return rendererLayers.flatMap(({ layers, forbidden }) =>
    Array.from({ length: MAX_LAYER_DEPTH + 1 }, (_, depth) => {
      const deeper = depth === MAX_LAYER_DEPTH;
      const nest = deeper ? `${'*/'.repeat(depth)}**/` : '*/'.repeat(depth);
      return {
        files: layers.map((layer) => `renderer/${layer}/${nest}*.{ts,tsx}`),
        rules: {
          'no-restricted-imports': forbid(
            'renderer/',
            rendererPackages,
            rendererOutside,
            forbidden.map((folder) => rendererFolder(layers, folder, depth, deeper)),
          ),
        },
      };
    }),
  );
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.salesdesk-data/**',
      'tests/bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': forbid(
        'shared/',
        [
          'react',
          'react-dom',
          'electron',
          'dexie',
          'dexie-react-hooks',
          'zustand',
          '@mui',
          'fastify',
          'pg',
          '@electric-sql',
          ...nodeBuiltins,
        ],
        ['renderer', 'electron', 'server', 'tests'],
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, salesdesk },
    rules: {
      'no-restricted-imports': forbid('renderer/', rendererPackages, rendererOutside),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'salesdesk/no-literal-jsx-text': 'error',
      'salesdesk/known-i18n-key': 'error',
      'salesdesk/no-hardcoded-colors': 'error',
    },
  },
  ...rendererLayerBlocks(),
  {
    // Plain scripts the page loads before the app (index.html): no modules, browser globals.
    files: ['renderer/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/i18n/pseudo.ts'],
    rules: { 'salesdesk/no-literal-jsx-text': 'off', 'salesdesk/no-hardcoded-colors': 'off' },
  },
  {
    files: ['renderer/theme/**/*.{ts,tsx}'],
    rules: { 'salesdesk/no-hardcoded-colors': 'off' },
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        'electron/',
        ['react', 'react-dom', 'dexie', 'zustand', '@mui', 'fastify', 'pg', '@electric-sql'],
        ['renderer', 'server', 'tests'],
      ),
    },
  },
  {
    files: ['server/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        'server/',
        ['react', 'react-dom', 'electron', 'dexie', 'zustand', '@mui'],
        ['renderer', 'electron', 'tests'],
      ),
    },
  },
  {
    // Tests may assert presence with `!`; a wrong guess fails the test, which is the point.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Declaration merging (i18next types, window.desk) needs `interface`.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
