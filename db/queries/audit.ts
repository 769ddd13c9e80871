import { createHmac, timingSafeEqual } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { auditCheckpoints, auditLog, type AuditEntry } from '../schema';

export type AuditInput = {
  actor: string;
  action: string;
  recordId?: number | null;
  outcome: string;
  detail?: Record<string, string | number | boolean | null>;
};

// One fixed advisory lock serialises appends, so each entry links to the one committed before it.
const AUDIT_LOCK_ID = 0x0a0d17;

function canonicalDetail(detail: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(detail)
      .sort()
      .map((k) => [k, detail[k]]),
  );
}

export function computeAuditHash(
  key: Buffer,
  prevHash: Buffer | null,
  entry: { at: string; actor: string; action: string; recordId: number | null; outcome: string; detail: Record<string, unknown> },
): Buffer {
  const body = JSON.stringify([
    prevHash ? prevHash.toString('hex') : null,
    new Date(entry.at).toISOString(),
    entry.actor,
    entry.action,
    entry.recordId,
    entry.outcome,
    canonicalDetail(entry.detail),
  ]);
  return createHmac('sha256', key).update(body, 'utf8').digest();
}

export async function appendAudit(db: Executor, key: Buffer, input: AuditInput): Promise<AuditEntry> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_ID})`);
    const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const entry = {
      at: new Date().toISOString(),
      actor: input.actor,
      action: input.action,
      recordId: input.recordId ?? null,
      outcome: input.outcome,
      detail: input.detail ?? {},
    };
    const prevHash = last?.hash ?? null;
    const hash = computeAuditHash(key, prevHash, entry);
    const [row] = await tx
      .insert(auditLog)
      .values({ ...entry, prevHash, hash })
      .returning();
    return row!;
  });
}

export type AuditProblem =
  | 'hash_mismatch'
  | 'link_mismatch'
  /** A checkpointed entry is there but with another hash, or not after as many entries as the checkpoint counted. */
  | 'checkpoint_mismatch'
  /** The chain ends before a checkpointed entry: its newest entries were cut. */
  | 'truncated_tail';

export type AuditVerification = { ok: true; checked: number } | { ok: false; checked: number; brokenAtId: number; problem: AuditProblem };

export type AuditCheckpointRow = { headId: number; headHash: Buffer; entryCount: number };

/**
 * Every checkpoint, oldest head first. Read through the owner's audit_checkpoint_list() (the application
 * role may not SELECT the table).
 */
export async function listAuditCheckpoints(db: Executor): Promise<AuditCheckpointRow[]> {
  const rows = await rowsOf<{ head_id: string | number; head_hash: Buffer | Uint8Array; entry_count: string | number }>(
    db,
    sql`select head_id, head_hash, entry_count from audit_checkpoint_list()`,
  );
  return rows.map((r) => ({ headId: Number(r.head_id), headHash: Buffer.from(r.head_hash), entryCount: Number(r.entry_count) }));
}

/**
 * Anchors the chain's current head (id, hash, entry count) in audit_checkpoints; null when the log is
 * empty. Under the append lock, so no entry lands between reading the head and counting.
 */
export async function writeAuditCheckpoint(db: Executor): Promise<AuditCheckpointRow | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_ID})`);
    const [head] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    if (!head) return null;
    const [{ n }] = (await tx.select({ n: sql<string>`count(*)` }).from(auditLog)) as [{ n: string }];
    const checkpoint = { headId: head.id, headHash: head.hash, entryCount: Number(n) };
    // No RETURNING: that would need SELECT, which the application role does not have here.
    await tx.insert(auditCheckpoints).values(checkpoint);
    return checkpoint;
  });
}

/**
 * Walks the whole chain in id order, a page at a time, and names the first entry that does not verify;
 * then checks every checkpoint against what it walked, so a chain cut after a checkpointed head reports
 * `truncated_tail`. Entries written after the newest checkpoint are anchored only by the next one: a cut
 * of those is seen at the next hourly verification at the earliest, never if the cut comes first.
 */
export async function verifyAuditChain(db: Executor, key: Buffer, pageSize = 5000): Promise<AuditVerification> {
  const checkpoints = await listAuditCheckpoints(db);
  let next = 0; // the first checkpoint not yet reached
  let prev: Buffer | null = null;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      const linked = prev === null ? row.prevHash === null : row.prevHash !== null && row.prevHash.equals(prev);
      if (!linked) return { ok: false, checked, brokenAtId: row.id, problem: 'link_mismatch' };
      const expected = computeAuditHash(key, row.prevHash, row);
      if (expected.length !== row.hash.length || !timingSafeEqual(expected, row.hash)) {
        return { ok: false, checked, brokenAtId: row.id, problem: 'hash_mismatch' };
      }
      prev = row.hash;
      lastId = row.id;
      checked++;
      // A checkpoint skipped over names an entry that is gone; one reached must match what is here.
      while (next < checkpoints.length && checkpoints[next]!.headId <= row.id) {
        const cp = checkpoints[next]!;
        if (cp.headId !== row.id || !cp.headHash.equals(row.hash) || cp.entryCount !== checked) {
          return { ok: false, checked, brokenAtId: cp.headId, problem: 'checkpoint_mismatch' };
        }
        next++;
      }
    }
  }
  if (next < checkpoints.length) return { ok: false, checked, brokenAtId: checkpoints[next]!.headId, problem: 'truncated_tail' };
  return { ok: true, checked };
}
