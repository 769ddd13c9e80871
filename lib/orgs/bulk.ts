// The member's side of a bulk check (issue 15, item 5): the upload (file read, quota, sealed at rest,
// queued), the progress figures and the results download. Each runs in the member's own organization scope
// (row-level security), with the organization also named in every query.
import type { Database } from '../../db/index';
import { withOrgScope, withServiceScope } from '../../db/org-scope';
import { appendAudit } from '../../db/queries/audit';
import {
  findBulkCheck,
  findBulkResults,
  insertBulkCheck,
  listUnfinishedBulkChecks,
  lockOrgBulkQuota,
  purgeExpiredBulkResults,
  setBulkUpload,
  sumBulkRowsForDay,
  type BulkCheckSummary,
} from '../../db/queries/org-bulk';
import { newYorkDay } from '../claims/deadlines';
import type { Hasher, Sealer } from '../crypto';
import { readBulkFile, type BulkFileRefusal } from './bulk-file';

export type OrgBulkConfig = { dailyRows: number; resultsHours: number; chunkSize: number };

export type OrgBulkDeps = {
  db: Database;
  hasher: Hasher;
  sealer: Sealer;
  config: OrgBulkConfig;
  now(): Date;
  /** Queues the run (workers/enqueue.ts: enqueueBulkCheck). */
  enqueue(bulkId: number, orgId: number): Promise<void>;
};

export type BulkMember = { orgId: number; memberId: number };

export const bulkUploadAad = (bulkId: number) => Buffer.from(`org-bulk-upload:${bulkId}`, 'ascii');
export const bulkResultsAad = (bulkId: number) => Buffer.from(`org-bulk-results:${bulkId}`, 'ascii');
export const memberActor = (memberId: number) => `org-member:${memberId}`;

export type BulkUploadError = { code: BulkFileRefusal } | { code: 'quota'; rows: number; remaining: number };
export type BulkUploadResult = { ok: true; data: { bulkId: number; rows: number } } | { ok: false; error: BulkUploadError };

export async function acceptBulkUpload(deps: OrgBulkDeps, member: BulkMember, text: string): Promise<BulkUploadResult> {
  const file = await readBulkFile(text);
  if (!file.ok) return { ok: false, error: { code: file.refusal } };
  const rows = file.lines.length;
  const today = newYorkDay(deps.now());
  const made = await withOrgScope(deps.db, member.orgId, async (tx) => {
    await lockOrgBulkQuota(tx, member.orgId);
    const used = await sumBulkRowsForDay(tx, member.orgId, today);
    const remaining = Math.max(0, deps.config.dailyRows - used);
    if (rows > remaining) return { bulkId: null, remaining };
    const bulkId = await insertBulkCheck(tx, {
      orgId: member.orgId,
      createdBy: member.memberId,
      total: rows,
      keyVersion: deps.sealer.currentVersion,
      quotaDay: today,
    });
    await setBulkUpload(tx, { orgId: member.orgId, bulkId, sealed: deps.sealer.seal(text, bulkUploadAad(bulkId)) });
    return { bulkId, remaining };
  });
  if (made.bulkId === null) return { ok: false, error: { code: 'quota', rows, remaining: made.remaining } };
  await deps.enqueue(made.bulkId, member.orgId);
  return { ok: true, data: { bulkId: made.bulkId, rows } };
}

/** Rows the organization may still send today. */
export async function remainingBulkRows(deps: Pick<OrgBulkDeps, 'db' | 'config' | 'now'>, orgId: number): Promise<number> {
  const used = await withOrgScope(deps.db, orgId, (tx) => sumBulkRowsForDay(tx, orgId, newYorkDay(deps.now())));
  return Math.max(0, deps.config.dailyRows - used);
}

/** The progress page's figures; undefined for another organization's id or one that does not exist. */
export async function readBulkProgress(
  deps: Pick<OrgBulkDeps, 'db'>,
  member: BulkMember,
  bulkId: number,
): Promise<BulkCheckSummary | undefined> {
  return withOrgScope(deps.db, member.orgId, (tx) => findBulkCheck(tx, { orgId: member.orgId, bulkId }));
}

/** The results CSV, audited before it leaves; undefined when there is none (still running, deleted, not this organization's). */
export async function downloadBulkResults(
  deps: Pick<OrgBulkDeps, 'db' | 'hasher' | 'sealer'>,
  member: BulkMember,
  bulkId: number,
): Promise<string | undefined> {
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const sealed = await findBulkResults(tx, { orgId: member.orgId, bulkId });
    if (!sealed) return undefined;
    await appendAudit(tx, deps.hasher.auditKey, {
      actor: memberActor(member.memberId),
      action: 'org_bulk.results_downloaded',
      outcome: 'ok',
      detail: { orgId: member.orgId, bulkId },
    });
    return deps.sealer.open(sealed, bulkResultsAad(bulkId));
  });
}

/**
 * Deletes every organization's bulk-check results (and their per-row outcomes) past ORG_BULK_RESULTS_HOURS;
 * the run's figures and `deleted_at` stay, so the page can say when. Acts for no member: the service scope.
 */
export async function purgeExpiredBulkChecks(db: Database, auditKey: Buffer, now: Date): Promise<{ purged: number }> {
  return withServiceScope(db, async (tx) => {
    const purged = await purgeExpiredBulkResults(tx, now);
    if (purged.length > 0)
      await appendAudit(tx, auditKey, {
        actor: 'system',
        action: 'org_bulk.results_purged',
        outcome: 'ok',
        detail: { bulkChecks: purged.length },
      });
    return { purged: purged.length };
  });
}

/**
 * The reconciler: every check still unfinished a while after its upload is queued again (Redis lost the job,
 * or every attempt failed). Enqueueing skips a job still waiting or running, and a run resumes from its
 * checkpoint, so a check that was only slow loses nothing.
 */
export async function requeueUnfinishedBulkChecks(
  db: Database,
  enqueue: OrgBulkDeps['enqueue'],
  before: Date,
): Promise<{ requeued: number }> {
  const unfinished = await withServiceScope(db, (tx) => listUnfinishedBulkChecks(tx, before));
  for (const c of unfinished) await enqueue(c.id, c.orgId);
  return { requeued: unfinished.length };
}
