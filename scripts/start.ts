// npm start: the whole system on one machine. Checks configuration (creating development secrets once),
// makes sure Redis answers (starting a private one under DATA_DIR if needed and possible), migrates and
// loads the synthetic demo data, builds the web app if its build is missing or older than the source,
// then serves it through the portal's front server (scripts/server.ts) — with the workers inside the web
// process in the embedded mode, or as a separate process when DATABASE_URL points at PostgreSQL.
//
// Stopping: SIGTERM or SIGINT to any process of the tree ends all of it. To this one: the web server and
// the workers stop first (requests in flight answered, jobs in progress finished or released), then the
// private Redis. To a child (web, workers, Redis): it stops, and this script stops the others. To npm: npm
// passes it on, and if npm is gone first, this script and the web server notice their parent changed.
// Every child is a plain `node` (no npx or tsx wrapper in between, which would keep running on its own).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { pingRedis } from '../workers/connection';
import { letterRendererProblem } from '../lib/letters/fonts';

const children: ChildProcess[] = [];
let redisChild: ChildProcess | null = null;
const STOP_WAIT_MS = 10_000;

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

async function ensureRedis(url: string, dataDir: string): Promise<void> {
  if (await pingRedis(url)) return;
  const u = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(u.hostname);
  if (!local || !onPath('redis-server')) {
    throw new Error(
      `Nothing answers at REDIS_URL (${u.host}): install Redis (on Debian or Ubuntu: sudo apt-get install redis-server) and start it, or set REDIS_URL to a running server.`,
    );
  }
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  console.log(`Starting a private Redis on port ${u.port || 6379} with its data in ${dir}.`);
  const child = spawn(
    'redis-server',
    ['--port', u.port || '6379', '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''],
    {
      stdio: 'ignore',
    },
  );
  redisChild = child;
  for (let i = 0; i < 50; i++) {
    if (await pingRedis(url)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The private Redis did not answer within five seconds; see if another program holds its port.');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = '.next/BUILD_ID';
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const sources = ['app', 'lib', 'db', 'emails', 'workers', 'i18n', 'messages', 'public'].filter((d) => existsSync(d));
  const newest = Math.max(
    ...sources.map(newestMtime),
    ...['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'package-lock.json'].filter(existsSync).map((f) => statSync(f).mtimeMs),
  );
  return newest <= built;
}

/** A step that must finish before the next; a child like any other, so a signal meanwhile stops it too. */
function runToEnd(cmd: string, args: string[], what: string): Promise<void> {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      children.splice(children.indexOf(child), 1);
      if (code === 0) resolve();
      else if (!stopping) reject(new Error(`${what} failed (exit ${code ?? signal}).`));
    });
  });
}

function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

let stopping = false;
/** Web and workers first (they still need Redis to release their jobs), the private Redis last. */
async function stopAll(code: number, why?: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (why) console.log(`Stopping Disclosure Check (${why})…`);
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(children.map((c) => exited(c, STOP_WAIT_MS)));
    if (redisChild) {
      redisChild.kill('SIGTERM');
      await exited(redisChild, STOP_WAIT_MS);
    }
    process.exit(code);
  }
  return new Promise<never>(() => {});
}

async function main() {
  process.on('SIGINT', () => void stopAll(0, 'SIGINT'));
  process.on('SIGTERM', () => void stopAll(0, 'SIGTERM'));
  // npm gone (killed before it could pass the signal on): we were reparented, so stop everything.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stopAll(0, 'npm ended');
  }, 500).unref();

  const e = env();
  console.log(
    `Disclosure Check — ${e.embedded ? `embedded database in ${path.join(e.dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}, Redis ${new URL(e.REDIS_URL).host}`,
  );
  await ensureRedis(e.REDIS_URL, e.dataDir);
  redisChild?.on('exit', () => void stopAll(1, 'the private Redis ended'));
  // Letters need Chromium and the Noto fonts; without them the portal and its email still work.
  const letterProblem = await letterRendererProblem(e.LETTER_CHROMIUM_PATH);
  if (letterProblem) console.warn(letterProblem);
  // `npm start -- --count N` loads N synthetic records instead of 47,000 (the stop test uses a few hundred).
  await runToEnd('node', ['--import', 'tsx', 'scripts/prepare.ts', ...process.argv.slice(2)], 'Preparing the database');
  if (!buildIsCurrent()) {
    console.log('Building the web app (about half a minute)…');
    await runToEnd('node', ['node_modules/next/dist/bin/next', 'build'], 'The build');
  }
  if (stopping) return;
  const childEnv = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  // The web server prints the portal's address itself, once it answers a request.
  const web = spawn('node', ['--import', 'tsx', 'scripts/server.ts', '--port', String(e.PORT), '--exit-with-parent'], {
    stdio: 'inherit',
    env: childEnv,
  });
  children.push(web);
  if (!e.workersInProcess) {
    children.push(spawn('node', ['--import', 'tsx', 'workers/index.ts'], { stdio: 'inherit', env: childEnv }));
  }
  for (const c of children) c.on('exit', (code) => void stopAll(code ?? 0, 'a part of it ended'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
