// Filing a compensation claim (issue 17, item 2) from a verified self-check session: the record's statutory
// damages pre-filled from what the import said, the form read once (lib/validation/claims.ts), everything the
// person typed sealed, one claim per record whatever the browser does, a claim number and a PIN to follow it.
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { insertClaimOnce, type NewClaim } from '../../db/queries/claims';
import { findRecordById } from '../../db/queries/record-lookup';
import type { Hasher, Sealer } from '../crypto';
import { generateNoticeCode } from '../identifiers/notice-code';
import { takeRandomBytes } from '../random-pool';
import type { ClaimForm, ClaimPayment } from '../validation/claims';
import { entitlementOf } from './entitlement';
import { queueClaimNotice } from './notify';

export type FilingDeps = {
  db: Database;
  hasher: Hasher;
  sealer: Sealer;
  now?: () => Date;
  /**
   * The send queue's producer (server/pipeline-deps.ts builds it). With it, filing queues the "claim
   * received" notice by every channel on the record; without it (tests of filing alone) nothing is sent.
   */
  enqueueGroups?: (groupKeys: string[]) => Promise<void>;
};

export type FilingResult =
  | { outcome: 'filed'; claimId: number; claimNumber: string; pin: string; statutoryCents: number }
  /** The record already has a claim: the person sees that claim (its number), never a second one. */
  | { outcome: 'exists'; claimId: number; claimNumber: string };

export const pinLength = 8;

/**
 * A claim number is made as a notice code is (11 random Crockford symbols and a Damm check symbol), and
 * shown as C-XXXX-XXXX-XXXX so that it is not mistaken for the notice code on the letter.
 */
export const generateClaimNumber = generateNoticeCode;

export function formatClaimNumber(claimNumber: string): string {
  return `C-${claimNumber.slice(0, 4)}-${claimNumber.slice(4, 8)}-${claimNumber.slice(8)}`;
}

/** Eight decimal digits, unbiased (bytes at or above 250 are drawn again). */
export function generatePin(): string {
  let pin = '';
  while (pin.length < pinLength) {
    for (const b of takeRandomBytes(pinLength)) {
      if (b < 250 && pin.length < pinLength) pin += String(b % 10);
    }
  }
  return pin;
}

/** What is sealed: everything the person typed that the claim needs, nothing that is not. */
export type SealedClaim = {
  email: string | null;
  phone: string | null;
  payment: ClaimForm['payment'];
  actualDescription: string | null;
  signedName: string;
};

/**
 * `clientAddress`: the address bucket the self-check limits by (lib/self-check/client-address.ts), kept only as a
 * keyed hash so reviewers can see many claims from one connection; null when the request had none.
 */
export type FilingOptions = {
  clientAddress?: string | null;
  /** Filed by an advocate for the client (issue 15), checked by lib/orgs/assisted-claim.ts confirmAssistedFiling just before. */
  assisted?: { orgId: number; memberId: number; caseId: number; authorizationId: number };
};

/** The keyed-hash signals of a payment destination (duplicate detection): at filing and at every change of it. */
export function paymentSignals(
  hasher: Pick<Hasher, 'claimSignal'>,
  payment: ClaimPayment,
): { paymentSignal: Buffer | null; addressSignal: Buffer | null } {
  return {
    paymentSignal:
      payment.method === 'direct_deposit' ? hasher.claimSignal('payment', `${payment.routingNumber}:${payment.accountNumber}`) : null,
    addressSignal: payment.method === 'check' ? hasher.claimSignal('address', payment.lines.join('\n')) : null,
  };
}

export async function fileClaim(deps: FilingDeps, recordId: number, form: ClaimForm, options: FilingOptions = {}): Promise<FilingResult> {
  const { db, hasher, sealer } = deps;
  const record = await findRecordById(db, recordId);
  if (!record) throw new Error(`No record ${recordId}: a claim is filed only from a verified session.`);
  const entitlement = entitlementOf(record);
  const sealedClaim: SealedClaim = {
    email: form.email,
    phone: form.phone,
    payment: form.payment,
    actualDescription: form.actual?.description ?? null,
    signedName: form.signedName,
  };
  const payment = form.payment;
  for (let attempt = 0; attempt < 4; attempt++) {
    const claimNumber = generateClaimNumber();
    const pin = generatePin();
    const row: NewClaim = {
      claimNumber,
      pinHash: hasher.claimPin(claimNumber, pin),
      recordId,
      statutoryCents: entitlement.statutoryCents,
      actualCents: form.actual?.amountCents ?? null,
      paymentMethod: payment.method,
      sealed: sealer.seal(JSON.stringify(sealedClaim), Buffer.from(claimNumber, 'ascii')),
      keyVersion: sealer.currentVersion,
      ...paymentSignals(hasher, payment),
      clientSignal: options.clientAddress ? hasher.claimSignal('client', options.clientAddress) : null,
      language: form.language,
      declaredAt: (deps.now ?? (() => new Date()))(),
      assistedByOrgId: options.assisted?.orgId ?? null,
      assistedByMemberId: options.assisted?.memberId ?? null,
    };
    const result = await insertClaimOnce(db, row);
    if (result.claim === null) continue; // the claim number was taken: draw another
    if (!result.created) {
      // A retry of a filing whose notice was not queued (the process died between the two) queues it now;
      // one that was queues nothing (the outbox's dedupe key).
      await sendFiledNotice(deps, result.claim.id);
      return { outcome: 'exists', claimId: result.claim.id, claimNumber: result.claim.claimNumber };
    }
    const assisted = options.assisted;
    await appendAudit(db, hasher.auditKey, {
      actor: assisted ? `org-member:${assisted.memberId}` : 'claimant',
      action: 'claim.filed',
      recordId,
      outcome: 'ok',
      detail: {
        claim: result.claim.id,
        payment: payment.method,
        actual: form.actual ? 'yes' : 'no',
        ...(assisted ? { orgId: assisted.orgId, caseId: assisted.caseId, authorization: assisted.authorizationId } : {}),
      },
    });
    await sendFiledNotice(deps, result.claim.id);
    return { outcome: 'filed', claimId: result.claim.id, claimNumber, pin, statutoryCents: entitlement.statutoryCents };
  }
  throw new Error('Four fresh claim numbers collided in a row: the random source is broken.');
}

/** The confirmation by post and email that the claim arrived: the claim number, never the PIN (notify.ts). */
async function sendFiledNotice(deps: FilingDeps, claimId: number): Promise<void> {
  if (!deps.enqueueGroups) return;
  const queued = await queueClaimNotice(
    { db: deps.db, auditKey: deps.hasher.auditKey, enqueueGroups: deps.enqueueGroups },
    claimId,
    'filed',
    {},
  );
  if (!queued.ok) throw new Error(`The claim ${claimId} was filed but its notice was refused: ${queued.error.code}`);
}

/** Opens a claim's sealed part (staff, under audit, and the person on their own status page). */
export function openClaim(sealer: Sealer, claim: { sealed: Buffer; claimNumber: string }): SealedClaim {
  return JSON.parse(sealer.open(claim.sealed, Buffer.from(claim.claimNumber, 'ascii'))) as SealedClaim;
}

/** Whether a claim number and PIN belong together (the status page; its limits are the self-check's). */
export function pinMatches(hasher: Hasher, claim: { claimNumber: string; pinHash: Buffer }, pin: string): boolean {
  const candidate = hasher.claimPin(claim.claimNumber, pin);
  return candidate.length === claim.pinHash.length && timingSafeEqual(candidate, claim.pinHash);
}
