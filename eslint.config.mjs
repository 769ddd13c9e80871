import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.data/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
      'db/migrations/',
      '.stryker-tmp*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', NodeJS: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Configuration is read in lib/env.ts only (shared/conventions.md).
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts.' }],
    },
  },
  {
    // Where reading the environment is the point: the config module, build/test configs, test support,
    // benchmarks, the launcher (it hands its environment to the processes it starts), and Next's own
    // runtime marker in instrumentation.ts.
    files: [
      'lib/env.ts',
      'scripts/start.ts',
      '*.config.ts',
      '*.config.mjs',
      '*.config.mts',
      'lib/testing/**',
      'scripts/test-all.ts',
      'bench/**',
      'e2e/**',
      '**/*.test.ts',
      'instrumentation.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
