// Mutation testing of the modules that carry the product's promises (issue 18): Stryker changes the code
// one small way at a time (a condition negated, a constant changed, a statement removed) and runs the
// module's tests against each change; a change no test notices is a "surviving mutant", a promise the tests
// do not hold the code to. Not part of `npm test` (minutes per module on two cores). One module a run:
//
//   npm run mutation -- crypto        (or: self-check, gate, audit, send, provider, pacer)
//
// Scores per module and what survived are recorded in TESTING.md. Reports: reports/mutation/<module>.html.
const modules = {
  // Sealing (AES-256-GCM with versioned keys) and the keyed hash every identifier is stored as.
  crypto: { mutate: ['lib/crypto.ts', 'lib/hmac-sha256.ts'], tests: ['lib/crypto.test.ts', 'lib/hmac-sha256.test.ts'] },
  // The self-check's answers: the letter path, the no-letter path, the gate and the access codes.
  'self-check': {
    mutate: ['lib/self-check/letter.ts', 'lib/self-check/mail.ts', 'lib/self-check/gate.ts', 'lib/self-check/access-code.ts'],
    // Not indistinguishable.test.ts: its wall-clock timing tests take ~20 s a run and are noisy under
    // mutation; letter.test.ts and mail.test.ts hold the same answers to the same inputs (~4 s a run).
    // gate.test.ts drives the gate's refusal paths (rate limited, challenge required, the same challenge
    // again when Continue came too early), which the letter and mail tests never reach (~1 s a run).
    tests: ['lib/self-check/letter.test.ts', 'lib/self-check/mail.test.ts', 'lib/self-check/gate.test.ts'],
  },
  // The gate alone, with its own fast test: a re-run of gate.ts in a minute or two instead of self-check's 20.
  gate: { mutate: ['lib/self-check/gate.ts'], tests: ['lib/self-check/gate.test.ts'] },
  // The hash-chained audit log, its verification and checkpoints.
  // PostgreSQL only (TEST_DRIVERS): audit.ts has no driver-specific path; PGlite made each run ~10 s longer.
  audit: {
    mutate: ['db/queries/audit.ts'],
    tests: ['db/queries/audit.test.ts', 'workers/jobs/verify-audit-chain.test.ts'],
    env: { TEST_DRIVERS: 'postgres' },
  },
  // The pacer alone (its own fast tests): the send path's spacing promise.
  pacer: { mutate: ['workers/pacer.ts'], tests: ['workers/pacer.test.ts'] },
  // The send path: the handler that sends one group and settles its notices, and composing each message
  // from its record. The handler's own test drives every outcome in seconds; the pipeline tests (a minute a
  // run) hold the same end to end. Not the sender thread (workers/sender-thread.ts, request-transport.ts):
  // code on another thread never sees Stryker's active mutant, so its mutants could only "survive".
  send: {
    mutate: ['workers/jobs/send-notices.handler.ts', 'lib/notices/compose.ts'],
    tests: ['workers/jobs/send-notices.handler.test.ts', 'lib/self-check/mail.test.ts'],
    // Its test builds a database and a Resend server each run: on a loaded machine a run's time varies by
    // tens of seconds, and the default allowance timed out 8 of the first 12 mutants, each timeout then
    // restarting the test process (a full re-import, a minute and more under load).
    timeoutMS: 60_000,
  },
  // The provider's answer mapped to an outcome, and the request on the wire (its own run: ~300 mutants).
  provider: {
    mutate: ['lib/notices/providers.ts', 'lib/notices/transport.ts'],
    tests: ['lib/notices/providers.test.ts', 'workers/jobs/send-notices.handler.test.ts'],
  },
};

const name = process.env.STRYKER_MODULE;
const chosen = modules[name];
if (!chosen) throw new Error(`Set STRYKER_MODULE to one of: ${Object.keys(modules).join(', ')} (npm run mutation -- <module>)`);
// Read by vitest.stryker.config.mts in Stryker's sandbox: only this module's tests run.
process.env.STRYKER_TESTS = chosen.tests.join(',');
Object.assign(process.env, chosen.env ?? {});

export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.mts', related: false },
  mutate: chosen.mutate,
  coverageAnalysis: 'perTest',
  // The machine is shared (two cores, several checkouts): one test process at a time.
  concurrency: 1,
  // A mutant's allowance is its tests' own time × 2 + 10 s; 60 s made each infinite-loop mutant cost a minute.
  timeoutMS: chosen.timeoutMS ?? 10_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  ignorePatterns: ['.next', '.data', 'reports', 'test-results', 'playwright-report', '.stryker-tmp*'],
  // Static mutants (module-level constants) re-run every test; they are few here and said so in TESTING.md.
  ignoreStatic: true,
  // Re-runs only test the mutants whose code or tests changed since the module's last run.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  // A sandbox folder per module, so two modules' runs never copy or clean up each other's.
  tempDirName: `.stryker-tmp-${name}`,
  cleanTempDir: 'always',
};
