import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { testStaffDeps } from '../../testing/staff';
import { demoStaffFile, describeDemoStaff, ensureDemoStaff } from './demo';
import { signInStaff } from './sign-in';
import { totpCode } from './totp';

let t: TestDb;
const dataDir = mkdtempSync(path.join(tmpdir(), 'dc-demo-staff-'));
beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await t?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('demo staff accounts', () => {
  it('never exist in production', async () => {
    await expect(ensureDemoStaff(testStaffDeps(t.db), { dataDir, appEnv: 'production' })).rejects.toThrow(/never created in production/);
  });

  it('are created enrolled, one per role plus a second administrator, notice operator, claims reviewer and payments officer, and sign in with the written credentials', async () => {
    const deps = testStaffDeps(t.db);
    const list = await ensureDemoStaff(deps, { dataDir, appEnv: 'development' });
    expect(list.map((a) => a.role).sort()).toEqual([
      'administrator',
      'administrator',
      'auditor',
      'claims_reviewer',
      'claims_reviewer',
      'notice_operator',
      'notice_operator',
      'payments_officer',
      'payments_officer',
    ]);
    expect(statSync(demoStaffFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(await ensureDemoStaff(deps, { dataDir, appEnv: 'development' })).toEqual(list);
    for (const a of list) {
      deps.clock.advance(30_000);
      expect((await signInStaff(deps, { email: a.email, password: a.password, code: totpCode(a.totpSecret, deps.now()) })).ok).toBe(true);
    }
    const text = describeDemoStaff(list, 'http://localhost:3000');
    expect(text).toContain('DEMO ONLY');
    expect(text).toContain(`otpauth://totp/Disclosure%20Check:demo-admin%40example.org?`);
  });

  it('get fresh credentials when the file is lost', async () => {
    const deps = testStaffDeps(t.db);
    const before = await ensureDemoStaff(deps, { dataDir, appEnv: 'development' });
    rmSync(demoStaffFile(dataDir));
    const after = await ensureDemoStaff(deps, { dataDir, appEnv: 'development' });
    const admin = after.find((a) => a.role === 'administrator')!;
    expect(admin.password).not.toBe(before.find((a) => a.role === 'administrator')!.password);
    deps.clock.advance(30_000);
    expect(
      (await signInStaff(deps, { email: admin.email, password: admin.password, code: totpCode(admin.totpSecret, deps.now()) })).ok,
    ).toBe(true);
  });
});
