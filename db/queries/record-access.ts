// "Who looked at my record": the audit entries about one record, for the person it is about. Only what the
// result page turns into a label is selected (when, the action, its outcome, the actor's kind and role,
// a reveal's purpose code and how a check came in); never the actor's id, a ticket or another record.
import { and, count, desc, eq, ne, not, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../index';
import { auditLog } from '../schema';

export type RecordAccessRow = {
  id: number;
  at: string;
  action: string;
  outcome: string;
  /** 'self-check', 'staff', 'organization' or 'system': the actor's kind, worked out here so its id never leaves. */
  actorKind: 'self-check' | 'staff' | 'organization' | 'system';
  role: string | null;
  purpose: string | null;
  via: string | null;
  /** The organization whose member acted (detail `orgId`), for its name; null for every other actor. */
  orgId: number | null;
};

// A refused reveal showed nothing: it is no access to the record.
const isAccess = (recordId: number, excludeId: number | null): SQL =>
  and(
    eq(auditLog.recordId, recordId),
    not(and(eq(auditLog.action, 'record.revealed'), ne(auditLog.outcome, 'ok'))!),
    excludeId === null ? undefined : ne(auditLog.id, excludeId),
  )!;

const actorKind = sql<RecordAccessRow['actorKind']>`case
  when ${auditLog.actor} = 'self-check' then 'self-check'
  when ${auditLog.actor} like 'staff:%' or (${auditLog.detail} ->> 'role') is not null then 'staff'
  when ${auditLog.actor} like 'org:%' or ${auditLog.actor} like 'organization:%' or ${auditLog.actor} like 'org-member:%' then 'organization'
  else 'system' end`;

/**
 * The latest `limit` accesses to a record, newest first, and how many there are in all. `excludeId` leaves
 * out the entry the current view itself just wrote (it is listed from the next view on).
 */
export async function listRecordAccesses(
  db: Executor,
  recordId: number,
  opts: { excludeId: number | null; limit: number },
): Promise<{ total: number; entries: RecordAccessRow[] }> {
  const where = isAccess(recordId, opts.excludeId);
  const [totals] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      outcome: auditLog.outcome,
      actorKind,
      role: sql<string | null>`${auditLog.detail} ->> 'role'`,
      purpose: sql<string | null>`${auditLog.detail} ->> 'purpose'`,
      via: sql<string | null>`${auditLog.detail} ->> 'via'`,
      orgId: sql<string | null>`case when ${auditLog.actor} like 'org-member:%' then ${auditLog.detail} ->> 'orgId' end`,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
  return {
    total: Number(totals?.n ?? 0),
    entries: rows.map((r) => ({ ...r, id: Number(r.id), orgId: r.orgId === null ? null : Number(r.orgId) })),
  };
}
