// Payment files for approved claims (issue 17, item 7): NACHA PPD credits for direct deposit, a CSV for the
// check printer. Prepared by one staff member, released by another (db/queries/claims.ts holds the rule),
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
} from '../../db/queries/claims';
import type { Hasher, Sealer } from '../crypto';
import { formatCsvLine } from '../csv/format';
import { writeAchFile, type AchEntryInput } from '../payments/nacha';
import { openClaim } from './filing';

/** The originator's side of an ACH file, from configuration. */
export type AchSettings = {
  immediateDestination: string;
  immediateOrigin: string;
  immediateDestinationName: string;
  immediateOriginName: string;
  companyName: string;
  companyId: string;
  originatingDfi: string;
};

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
  const entries: AchEntryInput[] = candidates.map((c, i) => {
    const claim = openClaim(sealer, c);
    if (claim.payment.method !== 'direct_deposit') throw new Error(`Claim ${c.claimId} is not paid by direct deposit.`);
    traceNumbers.set(c.claimId, settings.originatingDfi + String(i + 1).padStart(7, '0'));
    return {
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
        entryDescription: '7431 CLAIM',
        effectiveEntryDate: nextBankingDay(now),
        originatingDfi: settings.originatingDfi,
        entries,
      },
    ],
  });
  return { ...sealFile(sealer, 'ach', text), traceNumbers };
}

/** The check printer's CSV: claim number, payee, the address lines, the amount. Nothing else. */
export function buildCheckCsv(sealer: Sealer, candidates: PaymentCandidate[]): PreparedFile {
  let text = formatCsvLine(['claim_number', 'payee', 'address_line_1', 'address_line_2', 'amount']);
  for (const c of candidates) {
    const claim = openClaim(sealer, c);
    if (claim.payment.method !== 'check') throw new Error(`Claim ${c.claimId} is not paid by check.`);
    const [line1 = '', line2 = ''] = claim.payment.lines;
    text += formatCsvLine([c.claimNumber, claim.signedName, line1, line2, (c.amountCents / 100).toFixed(2)]);
  }
  // Names keep their letters (José, Nguyễn): the CSV is UTF-8, sealed as such.
  const bytes = Buffer.from(text, 'utf8');
  return {
    file: sealer.seal(text, exportAad('check')),
    fileSha256: createHash('sha256').update(bytes).digest(),
    keyVersion: sealer.currentVersion,
  };
}

export async function preparePaymentExport(
  deps: PaymentDeps,
  kind: 'ach' | 'check',
  preparedBy: string,
  settings: AchSettings,
): Promise<{ exportId: number; claimCount: number; totalCents: number } | null> {
  const now = (deps.now ?? (() => new Date()))();
  const prepared = await prepareExport(deps.db, kind, preparedBy, (candidates) =>
    kind === 'ach' ? buildAchFile(deps.sealer, settings, candidates, now) : buildCheckCsv(deps.sealer, candidates),
  );
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: preparedBy,
    action: 'payments.export_prepared',
    outcome: prepared ? 'ok' : 'nothing_to_pay',
    detail: prepared ? { export: prepared.exportId, kind, claims: prepared.claimCount, totalCents: prepared.totalCents } : { kind },
  });
  return prepared;
}

export async function releasePaymentExport(deps: PaymentDeps, exportId: number, releasedBy: string) {
  const result = await releaseExport(deps.db, exportId, releasedBy);
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: releasedBy,
    action: 'payments.export_released',
    outcome: result.state === 'released' ? 'ok' : 'refused',
    detail: result.state === 'released' ? { export: exportId, claims: result.claims } : { export: exportId, problem: result.problem },
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
