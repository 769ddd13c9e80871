// The bank's returns file (issue 17, item 7): a NACHA file whose entries carry an addenda 99 with an R-code
// and the trace number of the credit we sent. Each payment it names is marked returned and its claim moves to
// payment_returned, which makes it part of the next check export (a reissue). Applying the same file twice
// changes nothing; trace numbers that name no payment of ours are listed, never guessed at. Audited.
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { returnPayment } from '../../db/queries/payments';
import { AchParseError, parseAchFile } from '../payments/nacha-read';

/**
 * `notifyReturned` tells the person (lib/claims/notify.ts notifyPaymentReturned), after each payment's own
 * transaction; it is called for a return applied before too, so a file imported again after a crash queues
 * the notices it missed (each has its own dedupe key, so none goes twice).
 */
export type ReturnsDeps = { db: Executor; auditKey: Buffer; notifyReturned?: (paymentId: number) => Promise<void> };

export type ReturnsSummary = {
  /** Entries in the file that carry a return addenda. */
  returns: number;
  /** Payments newly marked returned (their claims moved to payment_returned). */
  returned: number;
  /** Returns applied before: nothing changed. */
  alreadyReturned: number;
  /** Original trace numbers that name no payment of a released ACH file. */
  unknown: string[];
  /** Payments whose claim had moved on (for instance marked paid): left as they are, for a person to look at. */
  conflicts: number;
  /** Every R-code in the file, with how many entries carry it. */
  codes: Record<string, number>;
};

export type ReturnsProblem = { code: 'empty' | 'not_nacha' | 'no_returns'; message: string };

export type ReturnsResult = { ok: true; summary: ReturnsSummary } | { ok: false; problem: ReturnsProblem };

const R_CODE = /^R[0-9]{2}$/;

export async function importPaymentReturns(deps: ReturnsDeps, content: string, actor: string): Promise<ReturnsResult> {
  const refuse = async (problem: ReturnsProblem): Promise<ReturnsResult> => {
    await appendAudit(deps.db, deps.auditKey, {
      actor,
      action: 'payments.returns_imported',
      outcome: 'refused',
      detail: { problem: problem.code },
    });
    return { ok: false, problem };
  };
  if (content.trim() === '') return refuse({ code: 'empty', message: 'The file is empty. Choose the returns file the bank sent.' });
  let file;
  try {
    file = parseAchFile(content);
  } catch (error) {
    if (!(error instanceof AchParseError)) throw error;
    return refuse({
      code: 'not_nacha',
      message: `This is not a NACHA file that adds up (line ${error.line}: ${error.problem}). Upload the bank's returns file as it came.`,
    });
  }
  const returns = file.batches.flatMap((b) => b.entries).flatMap((e) => (e.return && R_CODE.test(e.return.reasonCode) ? [e.return] : []));
  if (returns.length === 0)
    return refuse({
      code: 'no_returns',
      message:
        'This NACHA file has no returned entries (no addenda 99 with an R-code). It may be a payment file rather than a returns file.',
    });
  const summary: ReturnsSummary = { returns: returns.length, returned: 0, alreadyReturned: 0, unknown: [], conflicts: 0, codes: {} };
  for (const r of returns) {
    summary.codes[r.reasonCode] = (summary.codes[r.reasonCode] ?? 0) + 1;
    const outcome = await returnPayment(deps.db, r.originalTraceNumber, r.reasonCode, actor);
    if (outcome.state === 'returned') summary.returned++;
    else if (outcome.state === 'already_returned') summary.alreadyReturned++;
    if (outcome.state === 'returned' || outcome.state === 'already_returned') await deps.notifyReturned?.(outcome.paymentId);
    else if (outcome.state === 'conflict') summary.conflicts++;
    else summary.unknown.push(r.originalTraceNumber);
  }
  await appendAudit(deps.db, deps.auditKey, {
    actor,
    action: 'payments.returns_imported',
    outcome: 'ok',
    // Trace numbers are ours (bank routing prefix and a claim id), not personal data; at most 50 listed.
    detail: {
      returns: summary.returns,
      returned: summary.returned,
      alreadyReturned: summary.alreadyReturned,
      conflicts: summary.conflicts,
      unknown: summary.unknown.length,
      unknownTraces: summary.unknown.slice(0, 50).join(' '),
      codes: Object.entries(summary.codes)
        .map(([code, n]) => `${code}:${n}`)
        .join(' '),
    },
  });
  return { ok: true, summary };
}
