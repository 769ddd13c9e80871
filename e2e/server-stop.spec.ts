// Stopping `npm start` stops everything it started (issue 11, part 5): the whole tree — npm, the launcher
// (scripts/start.ts), the web server with its in-process workers, the private Redis — is started in a temp
// DATA_DIR with a Redis port of its own, then one signal goes to one of its processes, and every PID of the
// tree must be gone within a few seconds.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { e2ePort } from './support/e2e-env';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

type Tree = { npm: ChildProcess; log: () => string; pids: () => number[]; dataDir: string };

/** Every descendant of a PID, from `ps` (the test runs on Linux). */
function descendants(root: number): { pid: number; ppid: number; cmd: string }[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), cmd: m[3]! }));
  const out: typeof rows = [];
  const queue = [root];
  while (queue.length > 0) {
    const p = queue.shift()!;
    for (const r of rows) {
      if (r.ppid !== p || r.cmd.startsWith('ps -e')) continue;
      out.push(r);
      queue.push(r.pid);
    }
  }
  return out;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function startTree(port: number): Promise<Tree & { processes: { pid: number; cmd: string }[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dc-stop-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'WORKERS_IN_PROCESS', 'E2E_BASE_URL']) delete env[k];
  Object.assign(env, {
    DATA_DIR: dataDir,
    PORT: String(port),
    REDIS_URL: `redis://127.0.0.1:${port + 10_000}`,
    QUEUE_PREFIX: 'stop_test',
    NEXT_TELEMETRY_DISABLED: '1',
  });
  // Its own process group, so whatever a failed test leaves behind is cleaned up below.
  const npm = spawn('npm', ['start', '--', '--count', '200'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  npm.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  npm.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await expect.poll(() => /^Serving /m.test(log) || npm.exitCode !== null, { timeout: 180_000, intervals: [500] }).toBe(true);
  expect(log, log).toMatch(/^Serving /m);
  const processes = descendants(npm.pid!);
  return { npm, dataDir, log: () => log, pids: () => [npm.pid!, ...processes.map((p) => p.pid)], processes };
}

function cleanUp(tree: Tree | undefined) {
  if (!tree) return;
  try {
    process.kill(-tree.npm.pid!, 'SIGKILL');
  } catch {
    // already gone: what the test wants
  }
  rmSync(tree.dataDir, { recursive: true, force: true });
}

const cases: { name: string; signal: NodeJS.Signals; target: (t: Awaited<ReturnType<typeof startTree>>) => number }[] = [
  { name: 'SIGTERM to npm', signal: 'SIGTERM', target: (t) => t.npm.pid! },
  {
    name: 'SIGTERM to the web server',
    signal: 'SIGTERM',
    target: (t) => t.processes.find((p) => /^node .*scripts\/server\.ts/.test(p.cmd))!.pid,
  },
  {
    name: 'SIGINT to the launcher',
    signal: 'SIGINT',
    target: (t) => t.processes.find((p) => /^node .*scripts\/start\.ts/.test(p.cmd))!.pid,
  },
];

for (const [i, c] of cases.entries()) {
  test(`${c.name} stops the web server, its workers and the private Redis within seconds`, async () => {
    let tree: Awaited<ReturnType<typeof startTree>> | undefined;
    try {
      tree = await startTree(e2ePort + 6 + i);
      const cmds = tree.processes.map((p) => p.cmd).join('\n');
      expect(cmds).toMatch(/^node .*scripts\/start\.ts/m);
      // npm's `sh -c` replaced itself (`exec` in package.json): no shell in between to swallow a signal.
      expect(cmds).not.toMatch(/^(\/bin\/)?sh -c/m);
      expect(cmds).toMatch(/scripts\/server\.ts/);
      expect(cmds).toMatch(/redis-server/);
      const pids = tree.pids();
      const sent = Date.now();
      process.kill(c.target(tree), c.signal);
      await expect.poll(() => pids.filter(alive), { timeout: 15_000, intervals: [200] }).toEqual([]);
      console.log(`${c.name}: ${pids.length} processes gone in ${((Date.now() - sent) / 1000).toFixed(1)} s`);
      // Gracefully: the web server drained and said so, nothing was killed for hanging.
      expect(tree.log()).toMatch(/Stopping the web server/);
    } finally {
      cleanUp(tree);
    }
  });
}
