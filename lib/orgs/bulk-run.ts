// Runs a bulk check (issue 15, item 5) for the member who started it: the worker acts in that member's
// organization scope, so row-level security bounds it as it bounds the member's own pages. The file is
// walked from the checkpoint kept in org_bulk_checks.processed, a chunk per transaction: the chunk's rows,
// their cases' records, their audit entries and the checkpoint commit together, so a worker killed at any
// point resumes where the last commit left it, with no row done twice or skipped.
//
// Per row: the authorization must be this organization's, live today (New York calendar, as the claims'
// dates are) and carry the "see status and notices" scope; then the identity is matched exactly as the check
// without a letter matches it (the same keyed hashes, compared in constant time). Nothing is sent to the
// client: the advocate sees the outcome on the case, as a check from the case page would show it.
import { withOrgScope } from '../../db/org-scope';
import { appendAudit } from '../../db/queries/audit';
import {
  findLiveAuthorizationsForOrg,
  finishBulkCheck,
  listBulkRows,
  lockBulkCheckForRun,
  markBulkCheckRunning,
  recordBulkChunk,
  setCaseRecordFromBulk,
  type NewBulkRow,
} from '../../db/queries/org-bulk';
import { findRecordForMailCheck } from '../../db/queries/self-check';
import type { Transaction } from '../../db/index';
import { newYorkDay } from '../claims/deadlines';
import { formatCsvLine } from '../csv/format';
import { matchesAny } from '../self-check/identity-match';
import { parseBulkLine, readBulkFile, type BulkLine } from './bulk-file';
import { bulkResultsAad, bulkUploadAad, memberActor, type OrgBulkDeps } from './bulk';

export type BulkRunDeps = Pick<OrgBulkDeps, 'db' | 'hasher' | 'sealer' | 'config' | 'now'> & {
  /** Called after each committed chunk (the job reports progress; a test stops the run here). */
  afterChunk?(processed: number, total: number): Promise<void>;
};

export type BulkRunOutcome = { status: 'finished' | 'failed' | 'missing' | 'already_finished'; processed: number };

export const resultsColumns = ['row', 'authorization_id', 'case_id', 'outcome', 'reason'] as const;

const HOUR_MS = 3_600_000;

export async function runBulkCheck(deps: BulkRunDeps, p: { orgId: number; bulkId: number }): Promise<BulkRunOutcome> {
  let lines: BulkLine[] | null = null;
  for (;;) {
    const step = await withOrgScope(deps.db, p.orgId, async (tx) => {
      const bulk = await lockBulkCheckForRun(tx, p);
      if (!bulk) return { stop: 'missing' as const, processed: 0, total: 0 };
      if (bulk.status === 'finished' || bulk.status === 'failed')
        return { stop: 'already_finished' as const, processed: bulk.processed, total: bulk.total };
      if (bulk.status === 'queued') await markBulkCheckRunning(tx, { ...p, now: deps.now() });
      if (lines === null) {
        const file = bulk.uploadSealed ? await readBulkFile(deps.sealer.open(bulk.uploadSealed, bulkUploadAad(p.bulkId))) : null;
        // Accepted at upload, so only a lost or altered file lands here: the run ends, with the rows done so far.
        if (!file?.ok || file.lines.length !== bulk.total) {
          await finish(deps, tx, p, bulk.createdBy, 'failed');
          return { stop: 'failed' as const, processed: bulk.processed, total: bulk.total };
        }
        lines = file.lines;
      }
      const chunk = lines.slice(bulk.processed, bulk.processed + deps.config.chunkSize);
      const rows = await checkChunk(deps, tx, p, bulk.createdBy, chunk);
      if (!(await recordBulkChunk(tx, { ...p, from: bulk.processed, rows })))
        throw new Error(`Bulk check ${p.bulkId}: the checkpoint moved under a locked row`);
      const processed = bulk.processed + rows.length;
      if (processed >= bulk.total) {
        await finish(deps, tx, p, bulk.createdBy, 'finished');
        return { stop: 'finished' as const, processed, total: bulk.total };
      }
      return { stop: null, processed, total: bulk.total };
    });
    if (step.stop !== null) return { status: step.stop, processed: step.processed };
    await deps.afterChunk?.(step.processed, step.total);
  }
}

async function checkChunk(
  deps: BulkRunDeps,
  tx: Transaction,
  p: { orgId: number; bulkId: number },
  createdBy: number,
  chunk: BulkLine[],
): Promise<NewBulkRow[]> {
  const now = deps.now();
  const parsed = chunk.map((line) => parseBulkLine(line, newYorkDay(now)));
  const ids = parsed.flatMap((r) => (r.authorizationId === null ? [] : [r.authorizationId]));
  const live = await findLiveAuthorizationsForOrg(tx, p.orgId, ids, newYorkDay(now));
  const out: NewBulkRow[] = [];
  for (const row of parsed) {
    const base = { rowNo: row.rowNo, authorizationId: row.authorizationId };
    if (!row.ok) {
      out.push({ ...base, caseId: null, outcome: 'invalid_row', reason: row.reason });
      continue;
    }
    const auth = live.get(row.authorizationId);
    if (!auth || !auth.scopeStatus) {
      // Another organization's id, a revoked, superseded, expired or unknown one all read the same.
      out.push({ ...base, caseId: null, outcome: 'authorization_not_live', reason: auth ? 'no_status_scope' : null });
      continue;
    }
    const { identity } = row;
    const record = await findRecordForMailCheck(tx, deps.hasher.tin(identity.tin));
    const typed = deps.hasher.identity(identity);
    const matched = matchesAny(record?.identityHashes ?? [], typed) && record !== undefined;
    if (!matched || !record) {
      out.push({ ...base, caseId: auth.caseId, outcome: 'not_found', reason: null });
      continue;
    }
    await setCaseRecordFromBulk(tx, { orgId: p.orgId, caseId: auth.caseId, recordId: record.id, now });
    await appendAudit(tx, deps.hasher.auditKey, {
      actor: memberActor(createdBy),
      action: 'org_bulk.record_found',
      recordId: record.id,
      outcome: 'found',
      detail: { orgId: p.orgId, bulkId: p.bulkId, caseId: auth.caseId },
    });
    out.push({ ...base, caseId: auth.caseId, outcome: 'found', reason: null });
  }
  return out;
}

export function formatBulkResults(rows: NewBulkRow[]): string {
  return (
    formatCsvLine(resultsColumns) +
    rows
      .map((r) =>
        formatCsvLine([
          String(r.rowNo),
          r.authorizationId === null ? '' : String(r.authorizationId),
          r.caseId === null ? '' : String(r.caseId),
          r.outcome,
          r.reason ?? '',
        ]),
      )
      .join('')
  );
}

/** The results sealed, the file deleted, and the run's one audit entry, with its figures. */
async function finish(
  deps: BulkRunDeps,
  tx: Transaction,
  p: { orgId: number; bulkId: number },
  createdBy: number,
  status: 'finished' | 'failed',
): Promise<void> {
  const rows = await listBulkRows(tx, p);
  const now = deps.now();
  const sealed = deps.sealer.seal(formatBulkResults(rows), bulkResultsAad(p.bulkId));
  await finishBulkCheck(tx, {
    ...p,
    status,
    resultsSealed: sealed,
    now,
    expiresAt: new Date(now.getTime() + deps.config.resultsHours * HOUR_MS),
  });
  const count = (o: NewBulkRow['outcome']) => rows.filter((r) => r.outcome === o).length;
  await appendAudit(tx, deps.hasher.auditKey, {
    actor: memberActor(createdBy),
    action: 'org_bulk.run',
    outcome: status,
    detail: {
      orgId: p.orgId,
      bulkId: p.bulkId,
      rows: rows.length,
      found: count('found'),
      notFound: count('not_found'),
      notLive: count('authorization_not_live'),
      invalid: count('invalid_row'),
    },
  });
}
