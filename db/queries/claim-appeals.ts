// A person's request to look at a denied claim again (lib/claims/appeal.ts): recording it, one open per
// claim, and marking it handled when a reviewer reopens the claim (db/queries/claim-review.ts).
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { claimAppealRequests, claims, type ClaimAppealRequestRow } from '../schema';

export type AppealRefusal = 'not_denied' | 'past_appeal_by' | 'already_asked';

export type AppealWrite = { ok: true; appealRequestId: number } | { ok: false; problem: AppealRefusal };

/**
 * Records a person's appeal request, in one transaction under the claim row's lock: of two at once the second
 * waits, then finds the open request (and the partial unique index refuses a second open one regardless).
 * `stillOpen` decides from the claim's appeal-by day; `seal` seals the explanation for the claim (its number
 * is the associated data); `audit` writes the audit entry in the same transaction.
 */
export async function recordAppealRequest(
  db: Executor,
  input: {
    claimId: number;
    stillOpen: (appealBy: string) => boolean;
    seal: (claimNumber: string) => { sealed: Buffer; keyVersion: number };
    audit: (tx: Executor, claim: { id: number; recordId: number }, appealRequestId: number) => Promise<void>;
  },
): Promise<AppealWrite> {
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({
        id: claims.id,
        recordId: claims.recordId,
        claimNumber: claims.claimNumber,
        status: claims.status,
        appealBy: claims.appealBy,
      })
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for('update');
    if (!claim || claim.status !== 'denied') return { ok: false as const, problem: 'not_denied' as const };
    if (!claim.appealBy || !input.stillOpen(claim.appealBy)) return { ok: false as const, problem: 'past_appeal_by' as const };
    const { sealed, keyVersion } = input.seal(claim.claimNumber);
    const [row] = await tx
      .insert(claimAppealRequests)
      .values({ claimId: claim.id, explanationSealed: sealed, explanationKeyVersion: keyVersion })
      .onConflictDoNothing()
      .returning({ id: claimAppealRequests.id });
    if (!row) return { ok: false as const, problem: 'already_asked' as const };
    await input.audit(tx, claim, row.id);
    return { ok: true as const, appealRequestId: row.id };
  });
}

/** Marks the claim's open appeal request handled (a reviewer reopened the claim on appeal). */
export async function markAppealRequestHandled(db: Executor, claimId: number, actor: string): Promise<number> {
  const handled = await db
    .update(claimAppealRequests)
    .set({ handledAt: sql`now()`, handledBy: actor })
    .where(and(eq(claimAppealRequests.claimId, claimId), isNull(claimAppealRequests.handledAt)))
    .returning({ id: claimAppealRequests.id });
  return handled.length;
}

export async function hasOpenAppealRequest(db: Executor, claimId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: claimAppealRequests.id })
    .from(claimAppealRequests)
    .where(and(eq(claimAppealRequests.claimId, claimId), isNull(claimAppealRequests.handledAt)));
  return row !== undefined;
}

/** A claim's appeal requests, oldest first. */
export async function listAppealRequests(db: Executor, claimId: number): Promise<ClaimAppealRequestRow[]> {
  return db.select().from(claimAppealRequests).where(eq(claimAppealRequests.claimId, claimId)).orderBy(asc(claimAppealRequests.id));
}
