// The claim status page's queries: the person's own claim, its information requests, and recording their
// answer to one (issue 17, items 3 and 5).
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { claimEvents, claimInformationRequests, claims, type ClaimInformationRequestRow, type ClaimRow } from '../schema';

/** The claim's latest information request (open, answered or lapsed), or undefined when none was made. */
export async function findLatestInformationRequest(db: Executor, claimId: number): Promise<ClaimInformationRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(claimInformationRequests)
    .where(eq(claimInformationRequests.claimId, claimId))
    .orderBy(desc(claimInformationRequests.id))
    .limit(1);
  return row;
}

export type AnswerRefusal = 'not_waiting' | 'no_open_request' | 'already_answered' | 'past_cure_by';

export type AnswerWrite =
  { ok: true; requestId: number; claim: Pick<ClaimRow, 'id' | 'recordId' | 'claimNumber'> } | { ok: false; problem: AnswerRefusal };

/**
 * Records a person's answer to the claim's open request and moves the claim back to review, in one
 * transaction: the claim row is locked first, so of two answers at once the second waits and then finds the
 * request answered. `stillOpen` decides from the request's cure-by date; `seal` seals the answer for the
 * claim (its number is the associated data); `audit` writes the audit entry in the same transaction.
 */
export async function recordInformationAnswer(
  db: Executor,
  input: {
    claimId: number;
    stillOpen: (cureBy: string) => boolean;
    seal: (claimNumber: string) => { sealed: Buffer; keyVersion: number };
    audit: (tx: Executor, claim: Pick<ClaimRow, 'id' | 'recordId'>, requestId: number) => Promise<void>;
  },
): Promise<AnswerWrite> {
  return db.transaction(async (tx) => {
    const [claim] = await tx
      .select({ id: claims.id, recordId: claims.recordId, claimNumber: claims.claimNumber, status: claims.status })
      .from(claims)
      .where(eq(claims.id, input.claimId))
      .for('update');
    const [request] = await tx
      .select()
      .from(claimInformationRequests)
      .where(eq(claimInformationRequests.claimId, input.claimId))
      .orderBy(desc(claimInformationRequests.id))
      .limit(1);
    if (request?.answeredAt) return { ok: false as const, problem: 'already_answered' as const };
    if (!claim || claim.status !== 'more_information_needed') return { ok: false as const, problem: 'not_waiting' as const };
    if (!request || request.lapsedAt) return { ok: false as const, problem: 'no_open_request' as const };
    if (!input.stillOpen(request.cureBy)) return { ok: false as const, problem: 'past_cure_by' as const };
    const { sealed, keyVersion } = input.seal(claim.claimNumber);
    const answered = await tx
      .update(claimInformationRequests)
      .set({ answeredAt: sql`now()`, answerSealed: sealed, answerKeyVersion: keyVersion })
      .where(
        and(
          eq(claimInformationRequests.id, request.id),
          isNull(claimInformationRequests.answeredAt),
          isNull(claimInformationRequests.lapsedAt),
        ),
      )
      .returning({ id: claimInformationRequests.id });
    if (answered.length === 0) return { ok: false as const, problem: 'already_answered' as const };
    const moved = await tx
      .update(claims)
      .set({ status: 'in_review', cureBy: null, updatedAt: sql`now()` })
      .where(and(eq(claims.id, claim.id), eq(claims.status, 'more_information_needed')))
      .returning({ id: claims.id });
    if (moved.length === 0) throw new Error(`Claim ${claim.id} left more_information_needed while locked`);
    await tx
      .insert(claimEvents)
      .values({ claimId: claim.id, fromStatus: 'more_information_needed', toStatus: 'in_review', actor: 'claimant' });
    await input.audit(tx, claim, request.id);
    return { ok: true as const, requestId: request.id, claim: { id: claim.id, recordId: claim.recordId, claimNumber: claim.claimNumber } };
  });
}
