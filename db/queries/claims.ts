import { asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { claimEvents, claims, type ClaimEventRow, type ClaimRow } from '../schema';

export type NewClaim = Omit<typeof claims.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export type ClaimInsertOutcome = { created: true; claim: ClaimRow } | { created: false; claim: ClaimRow } | { created: false; claim: null };

/**
 * Files a claim unless its record has one: the unique index on record_id decides, so two tabs, a double
 * submit or two processes at once end with one claim, and every caller gets it back. The first history entry
 * (null → submitted, by the claimant) is written in the same transaction. `claim: null` means the fresh
 * claim number collided with another claim's (about 1 in 10^16): the caller draws another and tries again.
 */
export async function insertClaimOnce(db: Executor, claim: NewClaim): Promise<ClaimInsertOutcome> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx.insert(claims).values(claim).onConflictDoNothing().returning();
    if (inserted) {
      await tx.insert(claimEvents).values({ claimId: inserted.id, fromStatus: null, toStatus: 'submitted', actor: 'claimant' });
      return { created: true as const, claim: inserted };
    }
    const [existing] = await tx.select().from(claims).where(eq(claims.recordId, claim.recordId));
    return { created: false as const, claim: existing ?? null };
  });
}

export async function findClaimByRecord(db: Executor, recordId: number): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.recordId, recordId));
  return row;
}

export async function findClaimByNumber(db: Executor, claimNumber: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(claims).where(eq(claims.claimNumber, claimNumber));
  return row;
}

/** A claim's history, oldest first. */
export async function listClaimEvents(db: Executor, claimId: number): Promise<ClaimEventRow[]> {
  return db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId)).orderBy(asc(claimEvents.id));
}

/** How many claims share each signal hash with at least one other claim (the duplicate signals). */
export async function countSharedSignals(db: Executor): Promise<{ payment: number; address: number }> {
  const [row] = await rowsOf<{ payment: number | string; address: number | string }>(
    db,
    sql`
    select
      (select count(*) from claims c where c.payment_signal is not null
        and exists (select 1 from claims o where o.payment_signal = c.payment_signal and o.id <> c.id)) as payment,
      (select count(*) from claims c where c.address_signal is not null
        and exists (select 1 from claims o where o.address_signal = c.address_signal and o.id <> c.id)) as address`,
  );
  return { payment: Number(row!.payment), address: Number(row!.address) };
}
