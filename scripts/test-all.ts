// npm test: every suite in order — typecheck, lint, unit + integration (vitest, real PostgreSQL and Redis),
// production build, browser tests (Playwright in Debian's Chromium) — then one line summing them all.
// Browser tests run against a throwaway PostgreSQL database holding a small synthetic data set.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { e2eServerEnv } from '../e2e/support/e2e-env';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';

type Tally = { name: string; passed: number; failed: number; skipped: number; seconds: number; failures?: string[] };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; message?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; line?: number; tests?: { status: string; results?: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};

// The first line of an error, without colour codes, short enough to read in CI's tail.
const firstLine = (text: string | undefined) =>
  (text ?? '')
    // eslint-disable-next-line no-control-regex -- the terminal colour codes vitest writes into its messages
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 200) ?? '';

// Which tests failed, by file and name, so the summary that CI shows last says what to look at.
function vitestFailures(report: VitestReport): string[] {
  const root = process.cwd() + '/';
  const out: string[] = [];
  for (const file of report.testResults ?? []) {
    const rel = file.name.replace(root, '');
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) out.push(`${rel} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    if (failed.length === 0 && file.message) out.push(`${rel}: ${firstLine(file.message)}`);
  }
  return out;
}

function playwrightFailures(suites: PlaywrightSuite[] | undefined, file = ''): string[] {
  const out: string[] = [];
  for (const suite of suites ?? []) {
    const where = suite.file ?? file;
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'unexpected')
          out.push(`${where}:${spec.line ?? ''} › ${spec.title}: ${firstLine(t.results?.at(-1)?.error?.message)}`);
    out.push(...playwrightFailures(suite.suites, where));
  }
  return out;
}

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

const single = async (code: Promise<number>) =>
  (await code) === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };

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
  if (want('lint')) tallies.push(await step('lint', () => single(run('npm', ['run', '--silent', 'lint']))));

  if (want('unit')) {
    tallies.push(
      await step('unit and integration (vitest)', async () => {
        rmSync('test-results/vitest.json', { force: true });
        const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
        const report = readJson<VitestReport>('test-results/vitest.json');
        if (!report) return { passed: 0, failed: 1, skipped: 0 };
        // A crash outside any test (a failed suite import) fails the run without failing a test: count it.
        const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
        return {
          passed: report.numPassedTests,
          failed,
          skipped: report.numPendingTests + report.numTodoTests,
          failures: vitestFailures(report),
        };
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
              const report = readJson<{
                stats: { expected: number; unexpected: number; flaky: number; skipped: number };
                suites?: PlaywrightSuite[];
              }>('test-results/e2e.json');
              if (!report) return { passed: 0, failed: 1, skipped: 0 };
              const failed = report.stats.unexpected + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
              return {
                passed: report.stats.expected + report.stats.flaky,
                failed,
                skipped: report.stats.skipped,
                failures: playwrightFailures(report.suites),
              };
            }),
          );
      } finally {
        await dropDatabase(dbName);
      }
    }
  }

  console.log('\n=== summary ===');
  for (const t of tallies) {
    console.log(`${t.name}: ${t.passed} passed, ${t.failed} failed (${t.seconds.toFixed(1)} s)`);
    for (const f of t.failures ?? []) console.log(`  failed: ${f}`);
  }
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
