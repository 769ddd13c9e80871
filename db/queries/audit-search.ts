// The audit log viewer's reads: filtered, newest first, paged by id (keyset), so a page costs the same
// at entry 10 as at entry 10 million and entries appended meanwhile do not shift the pages.
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../index';
import { auditLog } from '../schema';

export type AuditFilter = {
  from?: Date;
  /** Exclusive. */
  to?: Date;
  actor?: string;
  action?: string;
  recordId?: number;
  outcome?: string;
};

export type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  recordId: number | null;
  outcome: string;
  detail: Record<string, string | number | boolean | null>;
};

export type AuditPage = { rows: AuditRow[]; nextBefore: number | null };

export async function searchAuditLog(db: Executor, filter: AuditFilter, page: { before?: number; size: number }): Promise<AuditPage> {
  const where: SQL[] = [];
  if (filter.from) where.push(gte(auditLog.at, filter.from.toISOString()));
  if (filter.to) where.push(lt(auditLog.at, filter.to.toISOString()));
  if (filter.actor) where.push(eq(auditLog.actor, filter.actor));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.recordId !== undefined) where.push(eq(auditLog.recordId, filter.recordId));
  if (filter.outcome) where.push(eq(auditLog.outcome, filter.outcome));
  if (page.before !== undefined) where.push(lt(auditLog.id, page.before));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      recordId: auditLog.recordId,
      outcome: auditLog.outcome,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(page.size + 1);
  const more = rows.length > page.size;
  const shown = more ? rows.slice(0, page.size) : rows;
  return { rows: shown, nextBefore: more ? shown[shown.length - 1]!.id : null };
}

/** The distinct actions seen, for the filter's select (a short list: actions are code, not data). */
export async function listAuditActions(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
