// Staff users, their recovery codes and sessions (lib/staff builds the rules on these).
import { and, asc, count, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { staffRecoveryCodes, staffSessions, staffUsers, type StaffUser } from '../schema';

export async function findStaffByEmail(db: Executor, email: string): Promise<StaffUser | null> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.email, email)).limit(1);
  return row ?? null;
}

export async function findStaffById(db: Executor, id: number): Promise<StaffUser | null> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1);
  return row ?? null;
}

export async function listStaffUsers(db: Executor): Promise<StaffUser[]> {
  return db.select().from(staffUsers).orderBy(asc(staffUsers.email));
}

export async function countStaffUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffUsers);
  return Number(row?.n ?? 0);
}

/** Null when the email is taken. */
export async function insertStaffUser(
  db: Executor,
  input: { email: string; passwordHash: string; role: string; passwordMustChange?: boolean },
): Promise<StaffUser | null> {
  const [row] = await db.insert(staffUsers).values(input).onConflictDoNothing({ target: staffUsers.email }).returning();
  return row ?? null;
}

export async function setStaffTotp(db: Executor, id: number, sealed: Buffer | null, enrolledAt: Date | null): Promise<void> {
  await db
    .update(staffUsers)
    .set({ totpSealed: sealed, totpEnrolledAt: enrolledAt, totpLastStep: null, updatedAt: sql`now()` })
    .where(eq(staffUsers.id, id));
}

/** Counts a failure; at `attempts` failures locks the account until `lockUntil` and starts counting again. */
export async function recordFailedSignIn(db: Executor, id: number, attempts: number, lockUntil: Date): Promise<{ locked: boolean }> {
  const [row] = await db
    .update(staffUsers)
    .set({
      failedAttempts: sql`case when ${staffUsers.failedAttempts} + 1 >= ${attempts} then 0 else ${staffUsers.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${staffUsers.failedAttempts} + 1 >= ${attempts} then ${lockUntil.toISOString()}::timestamptz else ${staffUsers.lockedUntil} end`,
    })
    .where(eq(staffUsers.id, id))
    .returning({ failedAttempts: staffUsers.failedAttempts, lockedUntil: staffUsers.lockedUntil });
  return {
    locked: row !== undefined && row.failedAttempts === 0 && row.lockedUntil !== null && row.lockedUntil.getTime() === lockUntil.getTime(),
  };
}

export async function clearFailedSignIns(db: Executor, id: number): Promise<void> {
  await db.update(staffUsers).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staffUsers.id, id));
}

/** Records `step` as the last TOTP step used; false when that step (or a later one) was used already. */
export async function claimTotpStep(db: Executor, id: number, step: number): Promise<boolean> {
  const rows = await db
    .update(staffUsers)
    .set({ totpLastStep: step })
    .where(and(eq(staffUsers.id, id), or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step))))
    .returning({ id: staffUsers.id });
  return rows.length === 1;
}

export async function replaceRecoveryCodes(db: Executor, userId: number, hashes: Buffer[]): Promise<void> {
  await db.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
  if (hashes.length > 0) await db.insert(staffRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/** Marks an unused code spent; false when there is no such unused code. Safe against two uses at once. */
export async function spendRecoveryCode(db: Executor, userId: number, codeHash: Buffer, now: Date): Promise<boolean> {
  const rows = await db
    .update(staffRecoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(staffRecoveryCodes.userId, userId), eq(staffRecoveryCodes.codeHash, codeHash), isNull(staffRecoveryCodes.usedAt)))
    .returning({ id: staffRecoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffRecoveryCodes)
    .where(and(eq(staffRecoveryCodes.userId, userId), isNull(staffRecoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}

export async function updateStaffUser(
  db: Executor,
  id: number,
  changes: Partial<Pick<StaffUser, 'role' | 'disabledAt' | 'passwordHash' | 'passwordMustChange'>>,
): Promise<boolean> {
  const rows = await db
    .update(staffUsers)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(staffUsers.id, id))
    .returning({ id: staffUsers.id });
  return rows.length === 1;
}

export async function insertStaffSession(
  db: Executor,
  input: { id: string; userId: number; secondFactor: boolean; now: Date },
): Promise<void> {
  await db
    .insert(staffSessions)
    .values({ id: input.id, userId: input.userId, secondFactor: input.secondFactor, createdAt: input.now, lastSeenAt: input.now });
}

export type LiveStaffSession = {
  sessionId: string;
  userId: number;
  email: string;
  role: string;
  secondFactor: boolean;
  enrolled: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
};

/**
 * The session if it is live — not revoked, its user not disabled, seen within the idle timeout and
 * younger than the absolute one — with `last_seen_at` moved to `now` in the same statement.
 */
export async function touchStaffSession(
  db: Executor,
  id: string,
  now: Date,
  limits: { idleMs: number; absoluteMs: number },
): Promise<LiveStaffSession | null> {
  const rows = await db
    .update(staffSessions)
    .set({ lastSeenAt: now })
    .from(staffUsers)
    .where(
      and(
        eq(staffSessions.id, id),
        eq(staffUsers.id, staffSessions.userId),
        isNull(staffSessions.revokedAt),
        isNull(staffUsers.disabledAt),
        gt(staffSessions.lastSeenAt, new Date(now.getTime() - limits.idleMs)),
        gt(staffSessions.createdAt, new Date(now.getTime() - limits.absoluteMs)),
      ),
    )
    .returning({
      sessionId: staffSessions.id,
      userId: staffSessions.userId,
      email: staffUsers.email,
      role: staffUsers.role,
      secondFactor: staffSessions.secondFactor,
      enrolledAt: staffUsers.totpEnrolledAt,
      mustChangePassword: staffUsers.passwordMustChange,
      createdAt: staffSessions.createdAt,
    });
  const row = rows[0];
  if (!row) return null;
  const { enrolledAt, ...rest } = row;
  return { ...rest, enrolled: enrolledAt !== null };
}

export async function markSessionSecondFactor(db: Executor, id: string): Promise<void> {
  await db.update(staffSessions).set({ secondFactor: true }).where(eq(staffSessions.id, id));
}

export async function revokeStaffSession(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.id, id), isNull(staffSessions.revokedAt)));
}

/** Signs a user out everywhere (but `except`, when given); returns how many sessions were still open. */
export async function revokeStaffSessionsOfUser(db: Executor, userId: number, now: Date, except?: string): Promise<number> {
  const rows = await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(staffSessions.userId, userId),
        isNull(staffSessions.revokedAt),
        except === undefined ? undefined : ne(staffSessions.id, except),
      ),
    )
    .returning({ id: staffSessions.id });
  return rows.length;
}

/** Emails of the given staff ids (for showing who did what); missing ids are left out. */
export async function staffEmailsById(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: staffUsers.id, email: staffUsers.email })
    .from(staffUsers)
    .where(inArray(staffUsers.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.email]));
}
