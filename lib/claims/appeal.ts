// A person asks us to look at their denied claim again (an appeal, issue 17 item 9) on the status page,
// before the claim's appeal-by day has ended everywhere (the last time zone: lastZoneDay, as the answer form
// treats a cure-by date). Their explanation is sealed like an information request's answer (lib/claims/
// answer.ts: the same sealer, the claim number as associated data); one open request per claim, enforced by
// the database (claim_appeal_requests_one_open) and by the claim row's lock; an audit entry in the same
// transaction. A reviewer's "reopen on appeal" marks the request handled (db/queries/claim-review.ts).
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { recordAppealRequest, type AppealRefusal } from '../../db/queries/claim-appeals';
import type { Hasher, Sealer } from '../crypto';
import { appealMaxLength } from './appeal-limit';
import { lastZoneDay } from './deadlines';

export { appealMaxLength };

export type AppealReason = 'appeal_missing' | 'appeal_too_long';

export function parseAppealExplanation(input: unknown): { ok: true; value: string } | { ok: false; reason: AppealReason } {
  const text = typeof input === 'string' ? input.normalize('NFC').replace(/\r\n/g, '\n').trim() : '';
  if (text === '') return { ok: false, reason: 'appeal_missing' };
  if ([...text].length > appealMaxLength) return { ok: false, reason: 'appeal_too_long' };
  return { ok: true, value: text };
}

/** Whether an appeal-by day still takes a request at `now`: until it has ended in the last time zone. */
export function appealDayOpen(appealBy: string, now: Date): boolean {
  return lastZoneDay(now) <= appealBy;
}

export type AppealDeps = { db: Database; hasher: Pick<Hasher, 'auditKey'>; sealer: Sealer; now(): Date };

export type AppealResult = { ok: true; data: { appealRequestId: number } } | { ok: false; error: { code: AppealReason | AppealRefusal } };

export async function askForAppeal(deps: AppealDeps, claimId: number, input: unknown): Promise<AppealResult> {
  const parsed = parseAppealExplanation(input);
  if (!parsed.ok) return { ok: false, error: { code: parsed.reason } };
  const now = deps.now();
  const written = await recordAppealRequest(deps.db, {
    claimId,
    stillOpen: (appealBy) => appealDayOpen(appealBy, now),
    seal: (claimNumber) => ({
      sealed: deps.sealer.seal(parsed.value, Buffer.from(claimNumber, 'ascii')),
      keyVersion: deps.sealer.currentVersion,
    }),
    audit: async (tx, claim, appealRequestId) => {
      await appendAudit(tx, deps.hasher.auditKey, {
        actor: 'claimant',
        action: 'claim.appeal_asked',
        recordId: claim.recordId,
        outcome: 'ok',
        detail: { claim: claim.id, appeal: appealRequestId },
      });
    },
  });
  if (!written.ok) return { ok: false, error: { code: written.problem } };
  return { ok: true, data: { appealRequestId: written.appealRequestId } };
}

/** Opens an explanation (reviewers, under audit): the claim number is the associated data it was sealed with. */
export function openAppealExplanation(sealer: Sealer, claimNumber: string, sealed: Buffer): string {
  return sealer.open(sealed, Buffer.from(claimNumber, 'ascii'));
}
