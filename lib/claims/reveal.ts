// A reviewer opens a claim's sealed part (contact, payment destination, the description of the damages, the
// signed name, the person's answers to requests for more information and their explanations with appeal requests) on the claim's page, for that page only: a read of personal data, audited with the claim and
// its record. The account number is shown by its last four digits: a reviewer compares, never copies it.
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { listInformationRequests } from '../../db/queries/claim-review';
import { listAppealRequests } from '../../db/queries/claim-appeals';
import { findClaimById } from '../../db/queries/claims';
import type { Sealer } from '../crypto';
import { openInformationAnswer } from './answer';
import { openAppealExplanation } from './appeal';
import { openClaim } from './filing';

export type RevealedClaim = {
  signedName: string;
  email: string | null;
  phone: string | null;
  actualDescription: string | null;
  /** Each answered request for more information, oldest first: when, and what the person wrote. */
  answers: { requestId: number; answeredAt: Date; text: string }[];
  /** Each time the person asked for an appeal, oldest first: when, and their explanation. */
  appeals: { appealRequestId: number; askedAt: Date; text: string }[];
  payment:
    | { method: 'check'; lines: string[] }
    | { method: 'direct_deposit'; routingNumber: string; accountLast4: string; accountType: string; accountHolder: string };
};

export async function revealClaim(
  deps: { db: Executor; sealer: Sealer; auditKey: Buffer },
  reviewer: string,
  claimId: number,
): Promise<RevealedClaim | null> {
  const claim = await findClaimById(deps.db, claimId);
  if (!claim) return null;
  const opened = openClaim(deps.sealer, claim);
  const answers = (await listInformationRequests(deps.db, claimId)).flatMap((r) =>
    r.answeredAt && r.answerSealed
      ? [
          {
            requestId: r.id,
            answeredAt: r.answeredAt,
            text: openInformationAnswer(deps.sealer, claim.claimNumber, Buffer.from(r.answerSealed)),
          },
        ]
      : [],
  );
  const appeals = (await listAppealRequests(deps.db, claimId)).map((r) => ({
    appealRequestId: r.id,
    askedAt: r.askedAt,
    text: openAppealExplanation(deps.sealer, claim.claimNumber, Buffer.from(r.explanationSealed)),
  }));
  await appendAudit(deps.db, deps.auditKey, {
    actor: reviewer,
    action: 'claim.revealed',
    recordId: claim.recordId,
    outcome: 'ok',
    detail: { claim: claimId },
  });
  const p = opened.payment;
  return {
    signedName: opened.signedName,
    email: opened.email,
    phone: opened.phone,
    actualDescription: opened.actualDescription,
    answers,
    appeals,
    payment:
      p.method === 'check'
        ? { method: 'check', lines: p.lines }
        : {
            method: 'direct_deposit',
            routingNumber: p.routingNumber,
            accountLast4: p.accountNumber.slice(-4),
            accountType: p.accountType,
            accountHolder: p.accountHolder,
          },
  };
}
