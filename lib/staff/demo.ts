// Demo staff accounts (DEMO_MODE only, never in production): one per role plus a second administrator, notice operator
// and payments officer, so the four-eyes approval of a batch and release of a payment file can be tried. Their passwords and TOTP secrets are random per
// installation, kept in DATA_DIR/demo-staff.json (mode 0600) and printed by `npm start` under a
// "DEMO ONLY" heading; the browser tests read the same file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findStaffByEmail, setStaffTotp, updateStaffUser } from '../../db/queries/staff';
import { sealTotpSecret, type StaffDeps } from './deps';
import { createStaffUser } from './manage';
import { generatePassword, hashPassword } from './password';
import { roleLabels, type StaffRole } from './roles';
import { generateTotpSecret, totpUri } from './totp';

export type DemoStaffAccount = { email: string; role: StaffRole; password: string; totpSecret: string };

const accounts: readonly { email: string; role: StaffRole }[] = [
  { email: 'demo-admin@example.org', role: 'administrator' },
  // Two, so that one proposes an organization's approval and the other confirms it.
  { email: 'demo-admin-2@example.org', role: 'administrator' },
  { email: 'demo-operator@example.org', role: 'notice_operator' },
  { email: 'demo-operator-2@example.org', role: 'notice_operator' },
  // Two, so that one proposes a claim decision and the other confirms it.
  { email: 'demo-reviewer@example.org', role: 'claims_reviewer' },
  { email: 'demo-reviewer-2@example.org', role: 'claims_reviewer' },
  // Two, so that one prepares a payment file and the other releases it.
  { email: 'demo-payments@example.org', role: 'payments_officer' },
  { email: 'demo-payments-2@example.org', role: 'payments_officer' },
  { email: 'demo-auditor@example.org', role: 'auditor' },
];

export function demoStaffFile(dataDir: string): string {
  return path.join(dataDir, 'demo-staff.json');
}

export function readDemoStaff(dataDir: string): DemoStaffAccount[] {
  const file = demoStaffFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoStaffAccount[]) : [];
}

/** Makes the demo accounts exist with the credentials in the file (creating both as needed). */
export async function ensureDemoStaff(deps: StaffDeps, options: { dataDir: string; appEnv: string }): Promise<DemoStaffAccount[]> {
  if (options.appEnv === 'production') throw new Error('Demo staff accounts are never created in production (APP_ENV=production).');
  const known = new Map(readDemoStaff(options.dataDir).map((a) => [a.email, a]));
  const result: DemoStaffAccount[] = [];
  for (const { email, role } of accounts) {
    const account = known.get(email) ?? { email, role, password: generatePassword(), totpSecret: generateTotpSecret() };
    const existing = await findStaffByEmail(deps.db, email);
    if (!existing) {
      const created = await createStaffUser(deps, 'demo-setup', {
        email,
        role,
        password: account.password,
        totpSecret: account.totpSecret,
      });
      if (!created.ok) throw new Error(`Could not create the demo account ${email}.`);
    } else if (!known.has(email)) {
      // The file was lost: give the existing demo account fresh credentials that are written down again.
      await updateStaffUser(deps.db, existing.id, { passwordHash: await hashPassword(account.password), role, disabledAt: null });
      await setStaffTotp(deps.db, existing.id, sealTotpSecret(deps, existing.id, account.totpSecret), deps.now());
    }
    result.push({ ...account, role });
  }
  writeFileSync(demoStaffFile(options.dataDir), JSON.stringify(result, null, 2) + '\n', { mode: 0o600 });
  return result;
}

export function describeDemoStaff(list: DemoStaffAccount[], portalUrl: string): string {
  const bar = '='.repeat(78);
  const lines = [
    bar,
    '  DEMO ONLY: demo staff accounts. Never use them, or this mode, with real data.',
    bar,
    `  Sign in at ${portalUrl}/admin with the email, the password and the 6-digit code an authenticator`,
    '  app shows after you add the TOTP secret (or the otpauth URI) to it.',
    '',
  ];
  for (const a of list) {
    lines.push(`  ${roleLabels[a.role].padEnd(16)} ${a.email}`);
    lines.push(`  ${''.padEnd(16)} password: ${a.password}   TOTP secret: ${a.totpSecret}`);
    lines.push(`  ${''.padEnd(16)} ${totpUri(a.totpSecret, a.email)}`);
  }
  lines.push(bar);
  return lines.join('\n');
}
