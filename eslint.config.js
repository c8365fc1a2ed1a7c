// Flat config: typescript-eslint's recommended rules on our sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    // Scripts that run inside the page, not in Node.
    files: ['page-scripts/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        Paged: 'readonly',
        CSSRule: 'readonly',
        NodeFilter: 'readonly',
        performance: 'readonly',
      },
    },
  },
);
