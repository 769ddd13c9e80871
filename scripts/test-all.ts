// npm test: every suite in order — typecheck, lint, unit + integration (vitest, real PostgreSQL and Redis),
// production build, browser tests (Playwright in Debian's Chromium) — then one line summing them all.
// Browser tests run against a throwaway PostgreSQL database holding a small synthetic data set.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { e2eServerEnv } from '../e2e/support/e2e-env';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../lib/testing/postgres';

type Tally = { name: string; passed: number; failed: number; skipped: number; seconds: number };

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(name: string, body: () => Promise<Omit<Tally, 'name' | 'seconds'>>): Promise<Tally> {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = await body();
  return { name, ...result, seconds: (Date.now() - started) / 1000 };
}

const single = async (code: Promise<number>) => ((await code) === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function main() {
  // `npm test -- e2e unit -- e2e/landing.spec.ts`: the suites to run, then arguments for Playwright.
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const only = new Set(split < 0 ? args : args.slice(0, split));
  const playwrightArgs = split < 0 ? [] : args.slice(split + 1);
  const want = (s: string) => only.size === 0 || only.has(s);
  mkdirSync('test-results', { recursive: true });
  const tallies: Tally[] = [];

  if (want('typecheck')) tallies.push(await step('typecheck', () => single(run('npx', ['tsc', '--noEmit']))));
  if (want('lint')) tallies.push(await step('lint', () => single(run('npx', ['eslint', '--max-warnings', '0', '.']))));

  if (want('unit')) {
    tallies.push(
      await step('unit and integration (vitest)', async () => {
        rmSync('test-results/vitest.json', { force: true });
        const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
        const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(
          'test-results/vitest.json',
        );
        if (!report) return { passed: 0, failed: 1, skipped: 0 };
        // A crash outside any test (a failed suite import) fails the run without failing a test: count it.
        const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
        return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
      }),
    );
  }

  if (want('e2e')) {
    const build = await step('production build', () => single(run('npx', ['next', 'build'])));
    tallies.push(build);
    if (build.failed === 0) {
      const dbName = uniqueName('dc_e2e');
      await withAdmin((sql) => sql.unsafe(`create database "${dbName}"`));
      const e2eEnv = {
        DATABASE_URL: databaseUrl(dbName),
        WORKERS_IN_PROCESS: 'true',
        DATA_DIR: '.data/e2e',
        QUEUE_PREFIX: uniqueName('dce2e'),
        ...e2eServerEnv,
      };
      try {
        const prepared = await run('npx', ['tsx', 'scripts/prepare.ts', '--count', '500'], e2eEnv);
        if (prepared !== 0) tallies.push({ name: 'e2e database preparation', passed: 0, failed: 1, skipped: 0, seconds: 0 });
        else
          tallies.push(
            await step('browser (playwright)', async () => {
              rmSync('test-results/e2e.json', { force: true });
              const code = await run('npx', ['playwright', 'test', ...playwrightArgs], e2eEnv);
              const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
                'test-results/e2e.json',
              );
              if (!report) return { passed: 0, failed: 1, skipped: 0 };
              const failed = report.stats.unexpected + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
              return { passed: report.stats.expected + report.stats.flaky, failed, skipped: report.stats.skipped };
            }),
          );
      } finally {
        await dropDatabase(dbName);
      }
    }
  }

  console.log('\n=== summary ===');
  for (const t of tallies) console.log(`${t.name}: ${t.passed} passed, ${t.failed} failed (${t.seconds.toFixed(1)} s)`);
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  writeFileSync('test-results/summary.txt', line + '\n');
  console.log(line);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

if (!existsSync('node_modules')) {
  console.error('Run `npm install` first.');
  process.exit(2);
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
