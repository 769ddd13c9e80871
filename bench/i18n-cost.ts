// npx tsx bench/i18n-cost.ts BEFORE_DIR AFTER_DIR [--runs N]
// The cost of 21 languages (issue 13), side by side in one run: for each checkout (two git worktrees of
// the same repository, dependencies installed), the time of `next build` and the weight of a few public
// pages as a browser loads them: the HTML plus every same-origin script and stylesheet it references, raw
// and gzip'd, with the share of the HTML that is the inlined messages. Each checkout gets a throwaway
// database with 50 synthetic records and its own portal process.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import postgres from 'postgres';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, port: { type: 'string', default: '3390' } },
});
const [beforeDir, afterDir] = positionals;
if (!beforeDir || !afterDir) throw new Error('usage: bench/i18n-cost.ts BEFORE_DIR AFTER_DIR');
const pages = ['/en', '/es', '/en/check', '/es/check', '/ar', '/ur/check'];
const adminUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function build(dir: string): number {
  rmSync(join(dir, '.next'), { recursive: true, force: true });
  const start = performance.now();
  execFileSync('node', ['node_modules/next/dist/bin/next', 'build'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - start) / 1000;
}

async function weigh(base: string, path: string) {
  const response = await fetch(base + path, { headers: { 'accept-language': 'en' } });
  if (response.status !== 200) return null;
  const html = await response.text();
  const assets = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) assets.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+\.(?:css|js))"/g)) assets.add(m[1]!);
  let raw = Buffer.byteLength(html);
  let gz = gzipSync(html).length;
  for (const asset of assets) {
    if (!asset.startsWith('/')) continue;
    const body = Buffer.from(await (await fetch(base + asset)).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { htmlBytes: Buffer.byteLength(html), assets: assets.size, raw, gzip: gz };
}

async function measure(dir: string, port: number) {
  const name = `dc_bench_i18n_${port}_${Date.now()}`;
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database "${name}"`);
  const dataDir = mkdtempSync(join(tmpdir(), 'dc-i18n-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    DATA_DIR: dataDir,
    PORTAL_URL: `http://127.0.0.1:${port}`,
    TRUSTED_PROXY_HOPS: '0',
    WORKERS_IN_PROCESS: 'false',
  };
  execFileSync('npx', ['tsx', 'scripts/prepare.ts', '--count', '50'], { cwd: dir, env, stdio: 'ignore' });
  const server = spawn('node', ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`${base}/en`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const out: Record<string, Awaited<ReturnType<typeof weigh>>> = {};
    for (const path of pages) {
      await weigh(base, path); // warm
      out[path] = await weigh(base, path);
    }
    return out;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
    await sql.unsafe(`drop database "${name}" with (force)`);
    await sql.end();
  }
}

async function main() {
  const runs = Number(values.runs);
  const builds: Record<string, number[]> = { before: [], after: [] };
  // Alternating, so a busy moment on the machine does not land on one side only.
  for (let i = 0; i < runs; i++) {
    builds.before!.push(build(beforeDir!));
    builds.after!.push(build(afterDir!));
  }
  const port = Number(values.port);
  const weights = { before: await measure(beforeDir!, port), after: await measure(afterDir!, port + 1) };
  console.log(JSON.stringify({ at: new Date().toISOString(), builds, weights }, null, 2));
  console.log('\n| page | before: HTML / total / gzip total (assets) | after: HTML / total / gzip total (assets) |\n|---|---:|---:|');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  for (const path of pages) {
    const cell = (w: Awaited<ReturnType<typeof weigh>> | undefined) =>
      w ? `${kb(w.htmlBytes)} / ${kb(w.raw)} / ${kb(w.gzip)} (${w.assets})` : 'no such page';
    console.log(`| ${path} | ${cell(weights.before[path])} | ${cell(weights.after[path])} |`);
  }
  console.log(
    `\nbuild (s): before ${builds.before!.map((s) => s.toFixed(1)).join(', ')}; after ${builds.after!.map((s) => s.toFixed(1)).join(', ')}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
