// The dashboard's figures, all counts: the remediation overview (one funnel of every record, optionally of
// one language and state), records by category, language and state; the notice funnel overall and per
// recent batch; disposal coverage; claims by status, amounts, time to decision, requests, appeals, signals.
import { listBatches } from '../../db/queries/batches';
import {
  anyBatchRunning,
  claimFigures,
  remediationOverview,
  type ClaimFigures,
  type RemediationFilter,
  type RemediationOverview,
  batchesNeedingAttention,
  countRecordsBy,
  disposalCoverage,
  noticeCountsByBatch,
  type DisposalCoverage,
  type Tally,
} from '../../db/queries/dashboard';
import { countNoticesByStatus } from '../../db/queries/notices';
import { countReturnedMail, type ReturnedMailCounts } from '../../db/queries/letters';
import type { Executor } from '../../db/index';
import type { NoticeBatch } from '../../db/schema';
import { funnelOf, type Funnel } from './funnel';

export type DashboardData = {
  /** The funnel of every record matching `filter` (unknown filter values are dropped, never guessed). */
  remediation: { filter: RemediationFilter; overview: RemediationOverview };
  claims: ClaimFigures;
  records: { total: number; byCategory: Tally[]; byLanguage: Tally[]; byState: Tally[] };
  notices: {
    overall: Funnel;
    batches: { id: number; name: string; status: NoticeBatch['status']; funnel: Funnel }[];
    /** Every batch with notices that need a person, however old. */
    attention: { id: number; notices: number }[];
  };
  disposal: DisposalCoverage;
  /** Letters that came back, the records left without a deliverable address, and how many of those have an email. */
  returnedMail: ReturnedMailCounts;
  /** While a batch runs, the page refreshes itself. */
  running: boolean;
};

export async function loadDashboard(db: Executor, recentBatches = 10, asked: RemediationFilter = {}): Promise<DashboardData> {
  const byCategory = await countRecordsBy(db, 'category');
  const byLanguage = await countRecordsBy(db, 'language');
  const byState = await countRecordsBy(db, 'state');
  const filter: RemediationFilter = {
    ...(asked.language && byLanguage.some((t) => t.key === asked.language) ? { language: asked.language } : {}),
    ...(asked.state && byState.some((t) => t.key === asked.state) ? { state: asked.state } : {}),
  };
  const batches = await listBatches(db, recentBatches);
  const counts = await noticeCountsByBatch(
    db,
    batches.map((b) => b.id),
  );
  return {
    remediation: { filter, overview: await remediationOverview(db, filter) },
    claims: await claimFigures(db),
    records: { total: byCategory.reduce((sum, t) => sum + t.count, 0), byCategory, byLanguage, byState },
    notices: {
      overall: funnelOf(await countNoticesByStatus(db)),
      // Oldest of the recent ones first, so the chart reads left to right in time.
      batches: batches.reverse().map((b) => ({ id: b.id, name: b.name, status: b.status, funnel: funnelOf(counts.get(b.id) ?? {}) })),
      attention: await batchesNeedingAttention(db),
    },
    disposal: await disposalCoverage(db),
    returnedMail: await countReturnedMail(db),
    running: await anyBatchRunning(db),
  };
}
