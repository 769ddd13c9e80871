import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers (ARCHITECTURE.md): app/ → workers/, emails/ → lib/ → db/, with the composition roots (server/)
// and test support (testing/) on top. lib/ may import only lib/, db/ and packages: an import of a folder
// above it, by `@/` or by a relative path that climbs out of lib/, fails the lint.
const above = (folders) => `^(?:@/|(?:\\.\\./)+)(?:${folders.join('|')})(?:/|$)`;
const layerRule = (folders, message) => ['error', { patterns: [{ regex: above(folders), caseSensitive: true, message }] }];
// Notice composition renders emails' templates; these lib files may import emails/ (not emails/testing)
// until that rendering moves (ARCHITECTURE.md, "The layers"). No other lib file may.
const libRendersEmails = [
  'lib/admin/batch-views.ts',
  'lib/admin/batch-views.test.ts',
  'lib/letters/letter-html.ts',
  'lib/letters/print-batch.ts',
  'lib/letters/render-pdf.test.ts',
  'lib/notices/compose.ts',
];
const aboveLib = ['app', 'workers', 'e2e', 'server', 'bench', 'scripts', 'emails/testing'];

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
      'testing/**',
      'scripts/test-all.ts',
      'bench/**',
      'e2e/**',
      '**/*.test.ts',
      'instrumentation.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/**/*.test.ts', ...libRendersEmails],
    rules: {
      'no-restricted-imports': layerRule(
        [...aboveLib, 'emails', 'testing'],
        'lib/ imports only lib/ and db/: wire it in server/ (composition roots) or move the code to the layer it needs.',
      ),
    },
  },
  {
    files: libRendersEmails.filter((f) => !f.endsWith('.test.ts')),
    rules: {
      'no-restricted-imports': layerRule(
        [...aboveLib, 'testing'],
        'lib/ imports only lib/ and db/ (and, here, emails/ rendering): wire it in server/ or move the code up.',
      ),
    },
  },
  {
    // A lib test reaches what is above lib (queues, Redis, the local Resend server, the roots) only through
    // testing/; a test of workers/, app/ or e2e/ code belongs in that layer.
    files: ['lib/**/*.test.ts'],
    ignores: libRendersEmails,
    rules: {
      'no-restricted-imports': layerRule(
        [...aboveLib, 'emails'],
        'A lib test imports lib/, db/ and testing/ only: a test of the layer above belongs in that layer.',
      ),
    },
  },
  {
    files: libRendersEmails.filter((f) => f.endsWith('.test.ts')),
    rules: {
      'no-restricted-imports': layerRule(aboveLib, 'A lib test imports lib/, db/, testing/ (and, here, emails/ rendering) only.'),
    },
  },
);
