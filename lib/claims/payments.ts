// Payment files for approved claims (issue 17, item 7): NACHA PPD credits for direct deposit, a CSV for the
// check printer. Prepared by one staff member, released by another (db/queries/payments.ts holds the rule),
// downloadable only once released; every step audited. A file is written from the sealed claims inside the
// preparing transaction and stored sealed, so it exists exactly when its payments do.
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  cancelExport,
  findPaymentExport,
  prepareExport,
  releaseExport,
  type PaymentCandidate,
  type PreparedFile,
} from '../../db/queries/payments';
import type { Hasher, Sealer } from '../crypto';
import { formatCsvLine } from '../csv/format';
import { writeAchFile, type AchEntryInput } from '../payments/nacha';
import type { AchSettings } from '../payments/settings';
import { checkUsAddress } from '../letters/address';
import { openRecordPii } from '../records/seal';
import { openClaim, type SealedClaim } from './filing';

export type { AchSettings } from '../payments/settings';

export type PaymentDeps = { db: Executor; hasher: Hasher; sealer: Sealer; now?: () => Date };

const exportAad = (kind: string) => Buffer.from(`payment-export:${kind}`, 'ascii');

function sealFile(sealer: Sealer, kind: 'ach' | 'check', text: string): PreparedFile {
  const bytes = Buffer.from(text, 'ascii');
  return {
    file: sealer.seal(text, exportAad(kind)),
    fileSha256: createHash('sha256').update(bytes).digest(),
    keyVersion: sealer.currentVersion,
  };
}

/** YYMMDD of the next weekday after `now` (UTC): a credit settles on a banking day. */
export function nextBankingDay(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
}

export function buildAchFile(sealer: Sealer, settings: AchSettings, candidates: PaymentCandidate[], now: Date): PreparedFile {
  const traceNumbers = new Map<number, string>();
  const entries: AchEntryInput[] = candidates.map((c) => {
    const claim = openClaim(sealer, c);
    if (claim.payment.method !== 'direct_deposit') throw new Error(`Claim ${c.claimId} is not paid by direct deposit.`);
    // The claim's id as the trace sequence: candidates come in id order, and a claim is paid by ACH at most
    // once (a returned payment is reissued by check), so a trace number names one payment in every file.
    traceNumbers.set(c.claimId, settings.originatingDfi + String(c.claimId).padStart(7, '0'));
    return {
      traceSequence: c.claimId,
      transactionCode: claim.payment.accountType === 'savings' ? 32 : 22,
      routingNumber: claim.payment.routingNumber,
      accountNumber: claim.payment.accountNumber,
      amountCents: c.amountCents,
      individualId: c.claimNumber,
      individualName: claim.payment.accountHolder,
    };
  });
  const text = writeAchFile({
    immediateDestination: settings.immediateDestination,
    immediateOrigin: settings.immediateOrigin,
    immediateDestinationName: settings.immediateDestinationName,
    immediateOriginName: settings.immediateOriginName,
    fileIdModifier: 'A',
    createdAt: now,
    batches: [
      {
        companyName: settings.companyName,
        companyId: settings.companyId,
        entryDescription: settings.entryDescription,
        effectiveEntryDate: nextBankingDay(now),
        originatingDfi: settings.originatingDfi,
        entries,
      },
    ],
  });
  return { ...sealFile(sealer, 'ach', text), traceNumbers };
}

/**
 * Where a check goes: the address the person gave for a check, or, for a returned direct deposit reissued by
 * check, the record's own mailing address (the one the notice letter used), checked as a letter's is. Null
 * when that address does not pass the checks: the claim waits rather than a check going astray.
 */
function checkAddressLines(sealer: Sealer, c: PaymentCandidate, claim: SealedClaim): string[] | null {
  if (claim.payment.method === 'check') return claim.payment.lines;
  if (c.status !== 'payment_returned' || c.record === null) throw new Error(`Claim ${c.claimId} is not paid by check.`);
  const pii = openRecordPii(sealer, c.record);
  const checked = checkUsAddress({ firstName: '', lastName: 'PAYEE', street: pii.street, city: pii.city, state: pii.state, zip: pii.zip });
  return checked.ok ? checked.lines.slice(1) : null;
}

/** The check printer's CSV: claim number, payee, the address lines, the amount. Nothing else. */
export function buildCheckCsv(sealer: Sealer, candidates: PaymentCandidate[]): PreparedFile {
  let text = formatCsvLine(['claim_number', 'payee', 'address_line_1', 'address_line_2', 'amount']);
  const excluded = new Set<number>();
  for (const c of candidates) {
    const claim = openClaim(sealer, c);
    const lines = checkAddressLines(sealer, c, claim);
    if (lines === null) {
      excluded.add(c.claimId);
      continue;
    }
    const [line1 = '', line2 = ''] = lines;
    text += formatCsvLine([c.claimNumber, claim.signedName, line1, line2, (c.amountCents / 100).toFixed(2)]);
  }
  // Names keep their letters (José, Nguyễn): the CSV is UTF-8, sealed as such.
  const bytes = Buffer.from(text, 'utf8');
  return {
    file: sealer.seal(text, exportAad('check')),
    fileSha256: createHash('sha256').update(bytes).digest(),
    keyVersion: sealer.currentVersion,
    excluded,
  };
}

export async function preparePaymentExport(
  deps: PaymentDeps,
  kind: 'ach' | 'check',
  preparedBy: string,
  /** The originator's settings (env().ach); a check export needs none. */
  settings: AchSettings | null,
): Promise<{ exportId: number; claimCount: number; totalCents: number; excluded: number } | null> {
  const now = (deps.now ?? (() => new Date()))();
  if (kind === 'ach' && settings === null) throw new Error('ACH exports are off: there are no ACH settings (lib/env.ts).');
  const prepared = await prepareExport(deps.db, kind, preparedBy, (candidates) =>
    kind === 'ach' ? buildAchFile(deps.sealer, settings!, candidates, now) : buildCheckCsv(deps.sealer, candidates),
  );
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: preparedBy,
    action: 'payments.export_prepared',
    outcome: prepared ? 'ok' : 'nothing_to_pay',
    detail: prepared
      ? { export: prepared.exportId, kind, claims: prepared.claimCount, totalCents: prepared.totalCents, excluded: prepared.excluded }
      : { kind },
  });
  return prepared;
}

export async function releasePaymentExport(deps: PaymentDeps, exportId: number, releasedBy: string) {
  const result = await releaseExport(deps.db, exportId, releasedBy);
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: releasedBy,
    action: 'payments.export_released',
    outcome: result.state === 'released' ? 'ok' : 'refused',
    detail:
      result.state === 'released'
        ? { export: exportId, claims: result.claims }
        : { export: exportId, problem: result.problem, ...(result.problem === 'held_claims' ? { held: result.held } : {}) },
  });
  return result;
}

export async function cancelPaymentExport(deps: PaymentDeps, exportId: number, actor: string): Promise<boolean> {
  const cancelled = await cancelExport(deps.db, exportId);
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor,
    action: 'payments.export_cancelled',
    outcome: cancelled ? 'ok' : 'refused',
    detail: { export: exportId },
  });
  return cancelled;
}

/** The file of a released export, opened, for its download (audited); null before release. */
export async function openReleasedExport(
  deps: PaymentDeps,
  exportId: number,
  actor: string,
): Promise<{ kind: 'ach' | 'check'; text: string } | null> {
  const row = await findPaymentExport(deps.db, exportId);
  const ok = row?.state === 'released' && row.file !== null;
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor,
    action: 'payments.export_downloaded',
    outcome: ok ? 'ok' : 'refused',
    detail: { export: exportId },
  });
  if (!ok) return null;
  return { kind: row.kind, text: deps.sealer.open(row.file!, exportAad(row.kind)) };
}
