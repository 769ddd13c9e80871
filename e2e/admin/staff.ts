// Staff accounts for the browser tests. Each test makes its own account straight in the e2e database
// (DATABASE_URL and DATA_DIR are the ones the server was started with, so the keys match), because a
// TOTP code works once: two tests signing in as one account in the same 30 seconds would collide.
// The demo accounts (prepared by scripts/prepare.ts) are read from DATA_DIR/demo-staff.json.
import { randomBytes } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { openDatabase, type DbHandle } from '../../db/index';
import { updateStaffUser } from '../../db/queries/staff';
import { env } from '../../lib/env';
import { readDemoStaff, type DemoStaffAccount } from '../../lib/staff/demo';
import { createStaffUser } from '../../lib/staff/manage';
import type { StaffRole } from '../../lib/staff/roles';
import { staffDepsFor } from '../../server/staff';
import { generateTotpSecret, totpCode } from '../../lib/staff/totp';

export type TestStaff = { email: string; password: string; role: StaffRole; totpSecret: string | null; id: number };

let handle: Promise<DbHandle> | undefined;
/** The e2e database the server under test uses. */
export function db(): Promise<DbHandle> {
  const e = env();
  if (!e.DATABASE_URL) throw new Error('The admin browser tests need DATABASE_URL (npm test sets it).');
  handle ??= openDatabase({ databaseUrl: e.DATABASE_URL, dataDir: e.dataDir, max: 2 });
  return handle;
}

export async function closeStaffDb(): Promise<void> {
  if (handle) await (await handle).close();
  handle = undefined;
}

/**
 * A new account; enrolled with a fresh TOTP secret unless `enrolled: false`; `mustChangePassword` makes
 * its password count as generated (the user must replace it before anything else).
 */
export async function createTestStaff(
  role: StaffRole,
  options: { enrolled?: boolean; mustChangePassword?: boolean } = {},
): Promise<TestStaff> {
  const deps = staffDepsFor((await db()).db);
  const totpSecret = options.enrolled === false ? null : generateTotpSecret();
  const email = `e2e-${role.replace('_', '-')}-${randomBytes(4).toString('hex')}@example.org`;
  const password = `e2e password ${randomBytes(6).toString('hex')}`;
  const created = await createStaffUser(deps, 'e2e', { email, role, password, totpSecret: totpSecret ?? undefined });
  if (!created.ok) throw new Error(created.error);
  if (options.mustChangePassword) await updateStaffUser(deps.db, created.data.user.id, { passwordMustChange: true });
  return { email, password, role, totpSecret, id: created.data.user.id };
}

export function demoStaff(role: StaffRole): DemoStaffAccount {
  const account = readDemoStaff(env().dataDir).find((a) => a.role === role);
  if (!account) throw new Error(`No demo ${role} in ${env().dataDir}/demo-staff.json: run scripts/prepare.ts in DEMO_MODE.`);
  return account;
}

export async function fillSignIn(page: Page, who: { email: string; password: string }, code: string): Promise<void> {
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in with the current TOTP code and waits for the staff home page. */
export async function signIn(page: Page, who: { email: string; password: string; totpSecret: string | null }): Promise<void> {
  await fillSignIn(page, who, who.totpSecret ? totpCode(who.totpSecret) : '');
  // An account whose password was generated goes on to /admin/password.
  await expect(page).toHaveURL(who.totpSecret ? /\/admin(\/password)?$/ : /\/admin\/enrol$/);
}
