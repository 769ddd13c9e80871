// The lapse of unanswered requests (issue 17, item 5): a claim whose request for more information is still
// open after its cure-by day (in New York) is denied with reason 'no_answer' and a 30-day appeal-by date,
// and the request is marked lapsed. Run by the worker's repeatable job (workers/jobs/lapse-claim-requests.ts);
// idempotent, and safe when two runs overlap (the statement skips rows another run holds and re-checks).
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { lapseOverdueInformationRequests } from '../../db/queries/claim-review';
import { appealByDate, lastZoneDay } from './deadlines';
import type { ClaimNotify } from './review';

export type LapseDeps = { db: Executor; auditKey: Buffer; now?: () => Date; notify?: ClaimNotify; batchSize?: number };

/** Lapses every overdue request, a batch at a time; each batch and its audit entries commit together. */
export async function lapseUnansweredRequests(deps: LapseDeps): Promise<{ lapsed: number }> {
  const now = (deps.now ?? (() => new Date()))();
  // A request lapses once its cure-by day has ended in the last time zone, when the answer form closes too.
  const today = lastZoneDay(now);
  const appealBy = appealByDate(now);
  const batchSize = deps.batchSize ?? 200;
  let lapsed = 0;
  for (;;) {
    const batch = await deps.db.transaction(async (tx) => {
      const rows = await lapseOverdueInformationRequests(tx, today, appealBy, batchSize);
      for (const row of rows)
        await appendAudit(tx, deps.auditKey, {
          actor: 'system',
          action: 'claim.request_lapsed',
          recordId: row.recordId,
          outcome: 'ok',
          detail: { claim: row.claimId, request: row.requestId, reason: 'no_answer', appealBy },
        });
      return rows;
    });
    lapsed += batch.length;
    for (const row of batch) await deps.notify?.({ kind: 'lapsed', claimId: row.claimId, requestId: row.requestId, appealBy });
    if (batch.length < batchSize) return { lapsed };
  }
}
