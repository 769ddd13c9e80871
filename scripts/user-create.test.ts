import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaffByEmail } from '../db/queries/staff';
import { createPostgresTestDb, type TestDb } from '../testing/db';
import { verifyPassword } from '../lib/staff/password';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'dc-user-create-'));

async function userCreate(args: string[], extraEnv: Record<string, string>) {
  const { DATABASE_URL: _drop, ...base } = process.env;
  const env = { ...base, DATA_DIR: dir, APP_ENV: 'test', ...extraEnv };
  return run(tsx, ['scripts/user-create.ts', ...args], { cwd: root, env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

let t: TestDb;
beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await t?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run user:create', () => {
  it('creates an account with a generated temporary password, once per email', async () => {
    const first = await userCreate(['--email', 'First.Admin@Example.org', '--role', 'administrator'], { DATABASE_URL: t.url! });
    expect(first.code).toBe(0);
    const password = /Temporary password \(shown once\): (\S+)/.exec(first.stdout)?.[1];
    expect(password).toMatch(/^[a-zA-Z2-9]{20}$/);
    const user = await findStaffByEmail(t.db, 'first.admin@example.org');
    expect(user).toMatchObject({ role: 'administrator', totpEnrolledAt: null });
    expect(await verifyPassword(user!.passwordHash, password!)).toBe(true);
    const again = await userCreate(['--email', 'first.admin@example.org', '--role', 'auditor'], { DATABASE_URL: t.url! });
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('exists already') });
  });

  it('refuses a bad role or a short password with a usage line, before touching the database', async () => {
    const r = await userCreate(['--email', 'x@example.org', '--role', 'boss', '--password', 'short'], { DATABASE_URL: t.url! });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /Choose a role: administrator, notice_operator, claims_reviewer, payments_officer, auditor\.\nUsage: npm run user:create/,
    );
  });

  it('refuses in the embedded mode while another process holds the database', async () => {
    mkdirSync(path.join(dir, 'pglite'), { recursive: true });
    // This test process is alive, so its lock holds.
    writeFileSync(
      path.join(dir, 'pglite', 'dc.lock'),
      JSON.stringify({ pid: process.pid, holder: 'npm start', since: new Date().toISOString() }),
    );
    const r = await userCreate(['--email', 'y@example.org', '--role', 'auditor'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is in use by npm start');
  });
});
