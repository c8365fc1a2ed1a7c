// Flat config: typescript-eslint's recommended rules on our sources and tests.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom (docs/ARCHITECTURE.md). A module imports only from its own folder and
 * from the layers below it; folders of one layer do not import each other. Only the entry files
 * (src/index.ts, src/cli.ts) sit above the shells.
 */
const LAYERS = [
  ['action', 'cli'],
  ['options'],
  ['publish'],
  ['engine'],
  ['document', 'browser', 'pdf'],
  ['markdown'],
  ['shared'],
];

/** One zone per folder: every folder above it, and its peers in the same layer, are out of bounds. */
function layerZones() {
  const zones = [
    {
      target: './src/*/**',
      from: ['./src/index.ts', './src/cli.ts'],
      message: 'Only the shells start from the entry files; nothing imports them.',
    },
  ];
  LAYERS.forEach((layer, depth) => {
    const above = LAYERS.slice(0, depth).flat();
    for (const folder of layer) {
      const peers = layer.filter((other) => other !== folder);
      const from = [...above, ...peers].map((name) => `./src/${name}`);
      if (from.length === 0) continue;
      zones.push({
        target: `./src/${folder}`,
        from,
        message: `src/${folder} may import only its own folder and the layers below it (see docs/ARCHITECTURE.md).`,
      });
    }
  });
  return zones;
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '__tests__/fixtures/',
      'bench/.cache/',
      'scratch/',
      '.proto/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // One-way layers, and no import cycles anywhere in src/.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Scripts that run inside the page, not in Node. Their names are checked by TypeScript against the
    // browser's globals and the page contract (page-scripts/tsconfig.json), so no-undef is left to it.
    files: ['page-scripts/**/*.js'],
    languageOptions: { sourceType: 'script' },
    rules: {
      'no-undef': 'off',
      'no-var': 'error',
      'prefer-const': 'error',
      'prefer-arrow-callback': 'error',
      'object-shorthand': 'error',
    },
  },
);
