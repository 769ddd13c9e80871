// Disposal certifications and the records they cover. Four eyes: recording writes a draft and its coverage
// and changes nothing a person sees; approval (never by the creator) and the confirmation of a withdrawal
// (never by the one who requested it) are single UPDATE statements whose WHERE holds the rule, as
// approveBatch's does, so no caller can skip it. A record's disposal state
// is derived from the approved certifications that cover it (findRecordDisposal); the columns on
// affected_records are that same answer kept in step (refreshDisposalMarks) for the batch selection and the
// staff pages, inside the transaction that approves or withdraws.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import {
  affectedRecords,
  disposalCertifications,
  disposalCoverage,
  notices,
  type DisposalCertification,
  type DisposalMethod,
} from '../schema';

export type DisposalInput = {
  certifiedOn: string;
  reference: string;
  method: DisposalMethod;
  /** Staff's own words about the method: internal only. */
  methodNote?: string | null;
  scope: DisposalCertification['scope'];
  /** A category, a batch id, or notice codes, according to the scope. */
  scopeValue: string[];
  recordedBy: string;
};

type Scope = Pick<DisposalInput, 'scope' | 'scopeValue'>;

function scopeWhere(db: Executor, input: Scope): SQL {
  switch (input.scope) {
    case 'all':
      return sql`true`;
    case 'category':
      return inArray(affectedRecords.category, input.scopeValue as never[]);
    case 'batch': {
      // The records a batch reached.
      const batchIds = input.scopeValue.map(Number).filter(Number.isSafeInteger);
      return inArray(affectedRecords.id, db.select({ id: notices.recordId }).from(notices).where(inArray(notices.batchId, batchIds)));
    }
    case 'notice_codes':
      return inArray(affectedRecords.noticeCode, input.scopeValue);
  }
}

// Approvals and withdrawals of any certification run one at a time: each recomputes the marks of records
// other certifications may cover too, and must see the others' committed status (READ COMMITTED gives
// each statement after the lock a fresh snapshot).
const DISPOSAL_LOCK_ID = 0x0d15b05a;

export async function lockDisposalChanges(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DISPOSAL_LOCK_ID})`);
}

/** Writes a draft certification and the records its scope covers now. Marks nothing. */
export async function recordDisposalCertification(db: Executor, input: DisposalInput): Promise<DisposalCertification> {
  return db.transaction(async (tx) => {
    const [cert] = await tx
      .insert(disposalCertifications)
      .values({ ...input, methodNote: input.methodNote ?? null, status: 'draft' })
      .returning();
    const [covered] = await rowsOf<{ n: number }>(
      tx,
      sql`with added as (
            insert into disposal_coverage (certification_id, record_id)
            select ${cert!.id}, ${affectedRecords.id} from ${affectedRecords} where ${scopeWhere(tx, input)}
            returning 1
          ) select count(*)::int as n from added`,
    );
    const [updated] = await tx
      .update(disposalCertifications)
      .set({ recordsMarked: Number(covered?.n ?? 0) })
      .where(eq(disposalCertifications.id, cert!.id))
      .returning();
    return updated!;
  });
}

/**
 * A second staff member approves a draft. The creator is refused by the statement itself (and by a CHECK
 * constraint under it): `undefined` when it is not a draft or `approver` recorded it.
 */
export async function approveDisposalCertification(db: Executor, id: number, approver: string): Promise<DisposalCertification | undefined> {
  const [row] = await db
    .update(disposalCertifications)
    .set({ status: 'approved', approvedBy: approver, approvedAt: sql`now()` })
    .where(
      and(eq(disposalCertifications.id, id), eq(disposalCertifications.status, 'draft'), ne(disposalCertifications.recordedBy, approver)),
    )
    .returning();
  return row;
}

/**
 * Discards a draft, with a reason, in one step: a draft marked nothing and changed no public page, so
 * anyone allowed may discard it, its creator included. History stays: the row keeps who recorded and
 * discarded it, and why. An approved certification is never withdrawn here (requestDisposalWithdrawal).
 */
export async function discardDisposalDraft(
  db: Executor,
  id: number,
  actor: string,
  reason: string,
): Promise<DisposalCertification | undefined> {
  const [row] = await db
    .update(disposalCertifications)
    .set({ status: 'withdrawn', withdrawnBy: actor, withdrawnAt: sql`now()`, withdrawalReason: reason })
    .where(and(eq(disposalCertifications.id, id), eq(disposalCertifications.status, 'draft')))
    .returning();
  return row;
}

/**
 * First of the two steps that withdraw an approved certification: one staff member asks for it, with a
 * reason. The certification still stands (its marks, the public pages, its confirmation batch unchanged)
 * until someone else confirms. One request at a time: `undefined` when it is not approved or one is pending.
 * Anyone allowed may ask, the certification's creator included.
 */
export async function requestDisposalWithdrawal(
  db: Executor,
  id: number,
  requester: string,
  reason: string,
): Promise<DisposalCertification | undefined> {
  const [row] = await db
    .update(disposalCertifications)
    .set({ withdrawalRequestedBy: requester, withdrawalRequestedAt: sql`now()`, withdrawalReason: reason })
    .where(
      and(
        eq(disposalCertifications.id, id),
        eq(disposalCertifications.status, 'approved'),
        isNull(disposalCertifications.withdrawalRequestedBy),
      ),
    )
    .returning();
  return row;
}

/**
 * Drops a pending withdrawal request (its requester changed their mind, or another allowed person
 * disagrees): nothing else changes. Returns the row as it was before, so the caller can say whose request
 * it was; `undefined` when there was no pending request.
 */
export async function cancelDisposalWithdrawal(db: Executor, id: number): Promise<DisposalCertification | undefined> {
  const [before] = await db
    .select()
    .from(disposalCertifications)
    .where(
      and(
        eq(disposalCertifications.id, id),
        eq(disposalCertifications.status, 'approved'),
        isNotNull(disposalCertifications.withdrawalRequestedBy),
      ),
    )
    .for('update');
  if (!before) return undefined;
  const [row] = await db
    .update(disposalCertifications)
    .set({ withdrawalRequestedBy: null, withdrawalRequestedAt: null, withdrawalReason: null })
    .where(
      and(
        eq(disposalCertifications.id, id),
        eq(disposalCertifications.status, 'approved'),
        eq(disposalCertifications.withdrawalRequestedBy, before.withdrawalRequestedBy!),
      ),
    )
    .returning();
  return row ? before : undefined;
}

/**
 * Second step: a staff member other than the requester confirms a pending withdrawal request, and the
 * certification is withdrawn (the caller reverses its marks in the same transaction, refreshDisposalMarks).
 * Four eyes in the statement itself, and in a CHECK constraint under it: `undefined` when there is no
 * pending request or `confirmer` made it. The two people are the requester and the confirmer; the
 * certification's creator may be either one (often the first to learn it was wrong), never both.
 */
export async function confirmDisposalWithdrawal(db: Executor, id: number, confirmer: string): Promise<DisposalCertification | undefined> {
  const [row] = await db
    .update(disposalCertifications)
    .set({ status: 'withdrawn', withdrawnBy: confirmer, withdrawnAt: sql`now()` })
    .where(
      and(
        eq(disposalCertifications.id, id),
        eq(disposalCertifications.status, 'approved'),
        isNotNull(disposalCertifications.withdrawalRequestedBy),
        ne(disposalCertifications.withdrawalRequestedBy, confirmer),
      ),
    )
    .returning();
  return row;
}

/**
 * Brings the disposal marks of the records one certification covers in line with the approved
 * certifications covering each of them (the earliest approved wins, so a second certification does not
 * take over records a first already covers). Returns how many records now rest on this certification
 * that did not (`marked`) and how many lost every approved certification (`unmarked`).
 */
export async function refreshDisposalMarks(
  db: Executor,
  certificationId: number,
): Promise<{ marked: number; unmarked: number; moved: number }> {
  const rows = await rowsOf<{ holder: number | null }>(
    db,
    sql`with covered as (
          select record_id from disposal_coverage where certification_id = ${certificationId}
        ), holder as (
          select distinct on (cv.record_id) cv.record_id, dc.id, dc.certified_on
          from disposal_coverage cv join disposal_certifications dc on dc.id = cv.certification_id
          where cv.record_id in (select record_id from covered) and dc.status = 'approved'
          order by cv.record_id, dc.approved_at, dc.id
        )
        update affected_records r
        set disposal_certification_id = h.id, disposal_confirmed_at = h.certified_on, updated_at = now()
        from covered c left join holder h on h.record_id = c.record_id
        where r.id = c.record_id and r.disposal_certification_id is distinct from h.id
        returning h.id as holder`,
  );
  let marked = 0;
  let unmarked = 0;
  for (const r of rows) {
    if (r.holder === null) unmarked++;
    else if (Number(r.holder) === certificationId) marked++;
  }
  return { marked, unmarked, moved: rows.length - marked - unmarked };
}

export type RecordDisposal = { certificationId: number; certifiedOn: string; reference: string; method: DisposalMethod };

/** What the public result says about disposal: the earliest-approved certification covering the record that still holds. */
export async function findRecordDisposal(db: Executor, recordId: number): Promise<RecordDisposal | undefined> {
  const [row] = await db
    .select({
      certificationId: disposalCertifications.id,
      certifiedOn: disposalCertifications.certifiedOn,
      reference: disposalCertifications.reference,
      method: disposalCertifications.method,
    })
    .from(disposalCoverage)
    .innerJoin(disposalCertifications, eq(disposalCertifications.id, disposalCoverage.certificationId))
    .where(and(eq(disposalCoverage.recordId, recordId), eq(disposalCertifications.status, 'approved')))
    .orderBy(asc(disposalCertifications.approvedAt), asc(disposalCertifications.id))
    .limit(1);
  return row;
}

export async function findDisposalCertification(db: Executor, id: number): Promise<DisposalCertification | undefined> {
  const [row] = await db.select().from(disposalCertifications).where(eq(disposalCertifications.id, id));
  return row;
}

export async function linkCertificationBatch(db: Executor, certificationId: number, batchId: number): Promise<void> {
  await db.update(disposalCertifications).set({ batchId }).where(eq(disposalCertifications.id, certificationId));
}

/** What a certification with this scope would cover: records it names, and how many have no approved certification yet. */
export async function countDisposalScope(db: Executor, input: Scope): Promise<{ matching: number; notYetCovered: number }> {
  const [row] = await db
    .select({ matching: count(), notYetCovered: sql<number>`count(*) filter (where ${isNull(affectedRecords.disposalCertificationId)})` })
    .from(affectedRecords)
    .where(scopeWhere(db, input));
  return { matching: Number(row?.matching ?? 0), notYetCovered: Number(row?.notYetCovered ?? 0) };
}

export type ScopeSampleRow = { id: number; category: string; language: string; state: string };

/**
 * A few of the records whose public answer approval would change (covered by the scope, no approved
 * certification yet), spread over the id range: ids and coarse fields only, no personal data.
 */
export async function sampleDisposalScope(db: Executor, input: Scope, limit = 5): Promise<ScopeSampleRow[]> {
  const rows = await db
    .select({
      id: affectedRecords.id,
      category: sql<string>`${affectedRecords.category}::text`,
      language: affectedRecords.language,
      state: affectedRecords.state,
    })
    .from(affectedRecords)
    .where(and(scopeWhere(db, input), isNull(affectedRecords.disposalCertificationId)))
    // md5 of the id: a stable spread rather than the first few imported.
    .orderBy(sql`md5(${affectedRecords.id}::text)`)
    .limit(limit);
  return rows.sort((a, b) => a.id - b.id);
}

/** Newly covered records by category for a scope, largest first: what approval would change. */
export async function countDisposalScopeByCategory(db: Executor, input: Scope): Promise<{ key: string; count: number }[]> {
  const rows = await db
    .select({ key: sql<string>`${affectedRecords.category}::text`, n: count() })
    .from(affectedRecords)
    .where(and(scopeWhere(db, input), isNull(affectedRecords.disposalCertificationId)))
    .groupBy(affectedRecords.category)
    .orderBy(sql`count(*) desc`, affectedRecords.category);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

export type CoverageDimension = 'category' | 'language' | 'state';
const coverageColumn = { category: affectedRecords.category, language: affectedRecords.language, state: affectedRecords.state } as const;

/** The records a certification covers, per category, language or state (its coverage, whatever its status). */
export async function countCoverageBy(
  db: Executor,
  certificationId: number,
  dimension: CoverageDimension,
): Promise<{ key: string; count: number }[]> {
  const column = coverageColumn[dimension];
  const rows = await db
    .select({ key: sql<string>`${column}::text`, n: count() })
    .from(disposalCoverage)
    .innerJoin(affectedRecords, eq(affectedRecords.id, disposalCoverage.recordId))
    .where(eq(disposalCoverage.certificationId, certificationId))
    .groupBy(column)
    .orderBy(sql`count(*) desc`, column);
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
}

/** Of a certification's coverage: with an email address, resting on it now (its marks), on another, or on none (what approving a draft would mark). */
export async function countCoverageStates(
  db: Executor,
  certificationId: number,
): Promise<{ withEmail: number; markedByThis: number; coveredElsewhere: number; uncovered: number }> {
  const [row] = await db
    .select({
      withEmail: sql<number>`count(*) filter (where ${isNotNull(affectedRecords.emailHash)})`,
      markedByThis: sql<number>`count(*) filter (where ${eq(affectedRecords.disposalCertificationId, certificationId)})`,
      coveredElsewhere: sql<number>`count(*) filter (where ${affectedRecords.disposalCertificationId} is not null and ${affectedRecords.disposalCertificationId} <> ${certificationId})`,
      uncovered: sql<number>`count(*) filter (where ${isNull(affectedRecords.disposalCertificationId)})`,
    })
    .from(disposalCoverage)
    .innerJoin(affectedRecords, eq(affectedRecords.id, disposalCoverage.recordId))
    .where(eq(disposalCoverage.certificationId, certificationId));
  return {
    withEmail: Number(row?.withEmail ?? 0),
    markedByThis: Number(row?.markedByThis ?? 0),
    coveredElsewhere: Number(row?.coveredElsewhere ?? 0),
    uncovered: Number(row?.uncovered ?? 0),
  };
}

export async function listDisposalCertifications(db: Executor, limit = 50): Promise<DisposalCertification[]> {
  return db.select().from(disposalCertifications).orderBy(desc(disposalCertifications.id)).limit(limit);
}
