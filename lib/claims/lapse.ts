// The lapse of unanswered requests (issue 17, item 5): a request for more information still open after its
// cure-by day (in the last time zone, when the answer form closes) is marked lapsed, and a denial with
// reason 'no_answer' is proposed for its claim. Like every decision it counts only once a person confirms it
// (never the reviewer who made the request: lib/claims/review.ts confirmDecision), and the person hears of it
// then, with an appeal-by date counted from that day. Run by the worker's repeatable job
// (workers/jobs/lapse-claim-requests.ts); idempotent, and safe when two runs overlap (the statement skips
// rows another run holds and re-checks).
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { lapseOverdueInformationRequests } from '../../db/queries/claim-review';
import { lastZoneDay } from './deadlines';

export type LapseDeps = { db: Executor; auditKey: Buffer; now?: () => Date; batchSize?: number };

/** Lapses every overdue request, a batch at a time; each batch and its audit entries commit together. */
export async function lapseUnansweredRequests(deps: LapseDeps): Promise<{ lapsed: number }> {
  const today = lastZoneDay((deps.now ?? (() => new Date()))());
  const batchSize = deps.batchSize ?? 200;
  let lapsed = 0;
  for (;;) {
    const batch = await deps.db.transaction(async (tx) => {
      const rows = await lapseOverdueInformationRequests(tx, today, batchSize);
      for (const row of rows)
        await appendAudit(tx, deps.auditKey, {
          actor: 'system',
          action: 'claim.request_lapsed',
          recordId: row.recordId,
          outcome: 'ok',
          detail: { claim: row.claimId, request: row.requestId, proposedDenial: row.decisionId, reason: 'no_answer' },
        });
      return rows;
    });
    lapsed += batch.length;
    if (batch.length < batchSize) return { lapsed };
  }
}
