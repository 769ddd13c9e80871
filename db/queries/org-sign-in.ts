// A member's sign-in: the email link (org_sign_in_links) and the TOTP second factor (org_members' totp_*
// columns). The link's steps run before anyone is signed in, in the service scope; the second factor in the
// member's own organization's scope. Each statement runs in the transaction its caller opened.
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { orgMembers, orgSignInLinks, organizations } from '../schema';

/** A member who may be sent a link: not disabled, of an approved organization. */
export async function findMemberForSignIn(
  tx: Executor,
  email: string,
): Promise<{ id: number; orgId: number; language: string } | undefined> {
  const [row] = await tx
    .select({ id: orgMembers.id, orgId: orgMembers.orgId, language: orgMembers.language })
    .from(orgMembers)
    .innerJoin(organizations, eq(organizations.id, orgMembers.orgId))
    .where(and(eq(orgMembers.email, email), isNull(orgMembers.disabledAt), eq(organizations.status, 'approved')))
    .limit(1);
  return row;
}

export async function insertSignInLink(
  tx: Executor,
  row: { orgId: number; memberId: number; tokenHash: Buffer; tokenSealed: Buffer; createdAt: Date; expiresAt: Date },
): Promise<number> {
  const [inserted] = await tx.insert(orgSignInLinks).values(row).returning({ id: orgSignInLinks.id });
  return inserted!.id;
}

/**
 * Uses a link, once: one statement sets `used_at` only where it is still unused and unexpired (and its member
 * still enabled, in an approved organization), so of two requests at once exactly one gets the row back.
 * The sealed token is dropped in the same statement.
 */
export async function consumeSignInLink(
  tx: Executor,
  tokenHash: Buffer,
  now: Date,
): Promise<{ linkId: number; orgId: number; memberId: number } | undefined> {
  const [row] = await tx
    .update(orgSignInLinks)
    .set({ usedAt: now, tokenSealed: null })
    .where(
      and(
        eq(orgSignInLinks.tokenHash, tokenHash),
        isNull(orgSignInLinks.usedAt),
        gt(orgSignInLinks.expiresAt, now),
        sql`exists (select 1 from ${orgMembers} m join ${organizations} o on o.id = m.org_id
          where m.id = ${orgSignInLinks.memberId} and m.disabled_at is null and o.status = 'approved')`,
      ),
    )
    .returning({ linkId: orgSignInLinks.id, orgId: orgSignInLinks.orgId, memberId: orgSignInLinks.memberId });
  return row;
}

export type MemberSecondFactor = {
  id: number;
  orgId: number;
  email: string;
  totpSealed: Buffer | null;
  totpEnrolledAt: Date | null;
  totpLastStep: number | null;
  lockedUntil: Date | null;
};

export async function findMemberSecondFactor(tx: Executor, memberId: number): Promise<MemberSecondFactor | undefined> {
  const [row] = await tx
    .select({
      id: orgMembers.id,
      orgId: orgMembers.orgId,
      email: orgMembers.email,
      totpSealed: orgMembers.totpSealed,
      totpEnrolledAt: orgMembers.totpEnrolledAt,
      totpLastStep: orgMembers.totpLastStep,
      lockedUntil: orgMembers.lockedUntil,
    })
    .from(orgMembers)
    .where(eq(orgMembers.id, memberId));
  return row;
}

/** Keeps the secret being enrolled; only while none is enrolled (a second tab cannot replace an enrolled one). */
export async function setPendingMemberTotp(tx: Executor, memberId: number, sealed: Buffer): Promise<void> {
  await tx
    .update(orgMembers)
    .set({ totpSealed: sealed })
    .where(and(eq(orgMembers.id, memberId), isNull(orgMembers.totpEnrolledAt)));
}

export async function markMemberTotpEnrolled(tx: Executor, memberId: number, now: Date): Promise<void> {
  await tx.update(orgMembers).set({ totpEnrolledAt: now }).where(eq(orgMembers.id, memberId));
}

/** Records `step` as the last TOTP step used; false when that step (or a later one) was used already. */
export async function claimMemberTotpStep(tx: Executor, memberId: number, step: number): Promise<boolean> {
  const rows = await tx
    .update(orgMembers)
    .set({ totpLastStep: step, failedAttempts: 0, lockedUntil: null })
    .where(and(eq(orgMembers.id, memberId), or(isNull(orgMembers.totpLastStep), lt(orgMembers.totpLastStep, step))))
    .returning({ id: orgMembers.id });
  return rows.length === 1;
}

/** One wrong code; the `attempts`-th in a row locks the member until `lockUntil` (and starts the count again). */
export async function recordMemberCodeFailure(
  tx: Executor,
  memberId: number,
  attempts: number,
  lockUntil: Date,
): Promise<{ locked: boolean }> {
  const [row] = await tx
    .update(orgMembers)
    .set({
      failedAttempts: sql`case when ${orgMembers.failedAttempts} + 1 >= ${attempts} then 0 else ${orgMembers.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${orgMembers.failedAttempts} + 1 >= ${attempts} then ${lockUntil.toISOString()}::timestamptz else ${orgMembers.lockedUntil} end`,
    })
    .where(eq(orgMembers.id, memberId))
    .returning({ failedAttempts: orgMembers.failedAttempts, lockedUntil: orgMembers.lockedUntil });
  return { locked: row !== undefined && row.failedAttempts === 0 && row.lockedUntil?.getTime() === lockUntil.getTime() };
}
