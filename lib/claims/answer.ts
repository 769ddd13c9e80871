// A person answers a reviewer's request for more information on the status page (issue 17, item 5): the
// answer is sealed (the claim number as associated data), the request marked answered and the claim moved
// from more_information_needed back to in_review, with its history entry (actor 'claimant') and an audit
// entry, all in one transaction (db/queries/claim-status.ts). A second answer, or one after the cure-by
// date, is refused.
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { recordInformationAnswer, type AnswerRefusal } from '../../db/queries/claim-status';
import type { Hasher, Sealer } from '../crypto';
import { cureDayOpen } from './deadlines';
import { parseClaimAnswer, type AnswerReason } from '../validation/claim-status';

export type AnswerDeps = { db: Database; hasher: Pick<Hasher, 'auditKey'>; sealer: Sealer; now(): Date };

export type AnswerResult = { ok: true; data: { requestId: number } } | { ok: false; error: { code: AnswerReason | AnswerRefusal } };

export async function answerInformationRequest(deps: AnswerDeps, claimId: number, input: unknown): Promise<AnswerResult> {
  const parsed = parseClaimAnswer(input);
  if (!parsed.ok) return { ok: false, error: { code: parsed.reason } };
  const now = deps.now();
  const written = await recordInformationAnswer(deps.db, {
    claimId,
    stillOpen: (cureBy) => cureDayOpen(cureBy, now),
    seal: (claimNumber) => ({
      sealed: deps.sealer.seal(parsed.value, Buffer.from(claimNumber, 'ascii')),
      keyVersion: deps.sealer.currentVersion,
    }),
    audit: async (tx, claim, requestId) => {
      await appendAudit(tx, deps.hasher.auditKey, {
        actor: 'claimant',
        action: 'claim.information_answered',
        recordId: claim.recordId,
        outcome: 'ok',
        detail: { claim: claim.id, request: requestId },
      });
    },
  });
  if (!written.ok) return { ok: false, error: { code: written.problem } };
  return { ok: true, data: { requestId: written.requestId } };
}

/** Opens an answer (reviewers, under audit): the claim number is the associated data it was sealed with. */
export function openInformationAnswer(sealer: Sealer, claimNumber: string, sealed: Buffer): string {
  return sealer.open(sealed, Buffer.from(claimNumber, 'ascii'));
}
