// npm start: the whole system on one machine. Checks configuration (creating development secrets once),
// makes sure Redis answers (starting a private one under DATA_DIR if needed and possible), migrates and
// loads the synthetic demo data, builds the web app if its build is missing or older than the source,
// then serves it — with the workers inside the web process in the embedded mode, or as a separate
// process when DATABASE_URL points at PostgreSQL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { pingRedis } from '../workers/connection';

const children: ChildProcess[] = [];

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
  const child = spawn('redis-server', ['--port', u.port || '6379', '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''], {
    stdio: 'ignore',
  });
  children.push(child);
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
  const newest = Math.max(...sources.map(newestMtime), ...['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'package-lock.json'].filter(existsSync).map((f) => statSync(f).mtimeMs));
  return newest <= built;
}

function runToEnd(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal}).`);
}

function stopAll(code: number): never {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(code);
}

async function main() {
  const e = env();
  console.log(`Disclosure Check — ${e.embedded ? `embedded database in ${path.join(e.dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}, Redis ${new URL(e.REDIS_URL).host}`);
  await ensureRedis(e.REDIS_URL, e.dataDir);
  runToEnd('npx', ['tsx', 'scripts/prepare.ts'], 'Preparing the database');
  if (!buildIsCurrent()) {
    console.log('Building the web app (about half a minute)…');
    runToEnd('node', ['node_modules/next/dist/bin/next', 'build'], 'The build');
  }
  const web = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(e.PORT)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  children.push(web);
  if (!e.workersInProcess) {
    children.push(spawn('npx', ['tsx', 'workers/index.ts'], { stdio: 'inherit' }));
  }
  console.log(`Serving http://localhost:${e.PORT} (stop with Ctrl-C).`);
  for (const c of children) c.on('exit', (code) => stopAll(code ?? 0));
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  stopAll(1);
});
