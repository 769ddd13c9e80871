import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts'],
    // e2e/*.spec.ts are Playwright's; testing/ holds vitest-tested helpers such as the local Resend server.
    // .stryker-tmp-<module> holds Stryker's sandbox copies of the whole tree while `npm run mutation` runs.
    exclude: ['node_modules/**', '.next/**', '.data/**', '.stryker-tmp*/**', 'e2e/**/*.spec.ts'],
    globalSetup: ['testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: more forks only contend with PostgreSQL for them.
    maxWorkers: 2,
  },
});
