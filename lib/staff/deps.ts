// What staff sign-in needs from the outside, passed in so the web app (server.ts), CLIs and tests each
// bring their own.
import type { Database, Executor } from '../../db/index';
import { appendAudit, type AuditInput } from '../../db/queries/audit';
import type { Sealer } from '../crypto';
import type { Env } from '../env';
import type { SignInAddressLimit } from './address-limit';

export type StaffConfig = {
  idleMs: number;
  absoluteMs: number;
  lockoutAttempts: number;
  lockoutMs: number;
};

export function staffConfigFrom(
  e: Pick<Env, 'STAFF_IDLE_MINUTES' | 'STAFF_ABSOLUTE_HOURS' | 'STAFF_LOCKOUT_ATTEMPTS' | 'STAFF_LOCKOUT_MINUTES'>,
): StaffConfig {
  return {
    idleMs: e.STAFF_IDLE_MINUTES * 60_000,
    absoluteMs: e.STAFF_ABSOLUTE_HOURS * 3_600_000,
    lockoutAttempts: e.STAFF_LOCKOUT_ATTEMPTS,
    lockoutMs: e.STAFF_LOCKOUT_MINUTES * 60_000,
  };
}

export type StaffDeps = {
  db: Database;
  sealer: Sealer;
  /** The audit chain's key (Hasher.auditKey). */
  auditKey: Buffer;
  /** recovery-codes.ts recoveryCodeKey(pepper). */
  recoveryKey: Buffer;
  config: StaffConfig;
  now(): Date;
  /** Failed sign-ins per client address (the web app's); CLIs and most tests go without. */
  addressLimit?: SignInAddressLimit;
};

/** The audit actor for a staff member: their id, never their email. */
export const staffActor = (userId: number) => `staff:${userId}`;

export function audit(deps: Pick<StaffDeps, 'auditKey'>, db: Executor, input: AuditInput) {
  return appendAudit(db, deps.auditKey, input);
}

export type Result<T, E extends string = string> = { ok: true; data: T } | { ok: false; error: E };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const totpAad = (userId: number) => Buffer.from(`staff-totp:${userId}`, 'utf8');

export function sealTotpSecret(deps: Pick<StaffDeps, 'sealer'>, userId: number, secret: string): Buffer {
  return deps.sealer.seal(secret, totpAad(userId));
}

export function openTotpSecret(deps: Pick<StaffDeps, 'sealer'>, userId: number, sealed: Buffer): string {
  return deps.sealer.open(sealed, totpAad(userId));
}
