// A person changes where their payment goes, from a verified claim status session (issue 17, item 6). The
// payment part of the claim form, read by the claim form's own rules (lib/validation/claims.ts: a paper check
// to a US mailing address, or direct deposit with a checked routing number and the account typed twice; never
// a card), plus "I am the person who filed this claim". The change re-seals the claim's answers (same sealer,
// the claim number as associated data, as filing does), replaces the payment method and the keyed-hash
// signals, writes a history entry the person sees and one audit entry (codes only), in one transaction
// (db/queries/claim-payment-change.ts). When payout is near (a decision to pay, or a payment returned and
// waiting to go again) the claim is also held with reason `payment_changed`: a held claim is never exported,
// and a reviewer releases the hold after checking with the person. A claim whose payment is in a prepared
// export is refused: that file already carries the old destination. After the commit, the notice "your
// payment details were changed" goes by every channel on the record, naming no digit of the new details.
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { findPaymentChangeStanding, recordPaymentChange, type PaymentChangeRefusal } from '../../db/queries/claim-payment-change';
import type { Hasher, Sealer } from '../crypto';
import { openClaim, paymentSignals, type SealedClaim } from './filing';
import { notifyPaymentChanged } from './notify';
import {
  canChangePayment,
  parsePaymentChange,
  payoutNearStatuses,
  type PaymentChangeField,
  type PaymentChangeProblem,
} from './payment-change-form';

export * from './payment-change-form';
export { paymentSignals };

export type PaymentChangeDeps = {
  db: Database;
  hasher: Hasher;
  sealer: Sealer;
  now(): Date;
  /** The send queue's producer: with it the change's notice is queued after the commit. */
  enqueueGroups?: (groupKeys: string[]) => Promise<void>;
  /** For operators: a notice that could not be queued (the change stands; the reconciler tries again). */
  onProblem?: (line: string) => void;
};

export type PaymentChangeResult =
  | { ok: true; data: { eventId: number; held: boolean } }
  | { ok: false; error: { code: 'invalid_input'; fields: Partial<Record<PaymentChangeField, PaymentChangeProblem>> } }
  | { ok: false; error: { code: PaymentChangeRefusal } };

export async function changeClaimPayment(
  deps: PaymentChangeDeps,
  claimId: number,
  input: Readonly<Record<string, string | undefined>>,
): Promise<PaymentChangeResult> {
  const parsed = parsePaymentChange(input);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', fields: parsed.errors } };
  const payment = parsed.value;
  const written = await recordPaymentChange(deps.db, {
    claimId,
    changeable: canChangePayment,
    holdsOnChange: (status) => payoutNearStatuses.includes(status),
    reseal: (claim) => {
      const aad = Buffer.from(claim.claimNumber, 'ascii');
      const next: SealedClaim = { ...openClaim(deps.sealer, claim), payment };
      return {
        sealed: deps.sealer.seal(JSON.stringify(next), aad),
        keyVersion: deps.sealer.currentVersion,
        paymentMethod: payment.method,
        ...paymentSignals(deps.hasher, payment),
      };
    },
    audit: async (tx, claim, eventId, held) => {
      await appendAudit(tx, deps.hasher.auditKey, {
        actor: 'claimant',
        action: 'claim.payment_changed',
        recordId: claim.recordId,
        outcome: 'ok',
        detail: { claim: claim.id, event: eventId, payment: payment.method, status: claim.status, held: held ? 'yes' : 'no' },
      });
    },
  });
  if (!written.ok) return { ok: false, error: { code: written.problem } };
  if (deps.enqueueGroups) {
    const notices = { db: deps.db, auditKey: deps.hasher.auditKey, enqueueGroups: deps.enqueueGroups };
    const queued = await notifyPaymentChanged(notices, written.eventId);
    if (!queued.ok)
      (deps.onProblem ?? console.error)(`[claims] no payment_changed notice for claim ${claimId}: ${JSON.stringify(queued.error)}`);
  }
  return { ok: true, data: { eventId: written.eventId, held: written.held } };
}

export type PaymentChangeAvailability = 'open' | 'paid_out' | 'in_live_export';

/** Whether the status page offers the change (the change itself decides again under the claim's lock). */
export async function paymentChangeAvailability(db: Database, claimId: number): Promise<PaymentChangeAvailability | null> {
  const standing = await findPaymentChangeStanding(db, claimId);
  if (!standing) return null;
  if (!canChangePayment(standing.status)) return 'paid_out';
  return standing.inLiveExport ? 'in_live_export' : 'open';
}
