import { createHmac, timingSafeEqual } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { auditLog, type AuditEntry } from '../schema';

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
  return JSON.stringify(Object.keys(detail).sort().map((k) => [k, detail[k]]));
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
    const [row] = await tx.insert(auditLog).values({ ...entry, prevHash, hash }).returning();
    return row!;
  });
}

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAtId: number; problem: 'hash_mismatch' | 'link_mismatch' };

/** Walks the whole chain in id order, a page at a time, and names the first entry that does not verify. */
export async function verifyAuditChain(db: Executor, key: Buffer, pageSize = 5000): Promise<AuditVerification> {
  let prev: Buffer | null = null;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(pageSize);
    if (page.length === 0) return { ok: true, checked };
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
    }
  }
}
