// The vitest configuration Stryker runs (stryker.config.mjs): the usual one, with only the tests of the
// module under mutation (STRYKER_TESTS, comma-separated) and one worker. Not mergeConfig: it would append
// these files to the usual `include` (every test) instead of replacing it.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

const tests = (process.env.STRYKER_TESTS ?? '').split(',').filter(Boolean);
if (tests.length === 0) throw new Error('STRYKER_TESTS is empty: run Stryker through `npm run mutation -- <module>`');

export default defineConfig({ ...base, test: { ...base.test, include: tests, maxWorkers: 1 } });
