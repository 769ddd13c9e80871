import type { Executor } from '@/db/index';
import { appendAudit } from '@/db/queries/audit';
import { advancePrintFile, findApprovedPrintFile, type PrintFileSummary } from '@/db/queries/letters';
import type { Sealer } from '@/lib/crypto';
import { openPrintFile } from './print-batch';

// What staff do with print files: download one (after the batch's four-eyes approval, audited) and mark
// it printed, then mailed. Each returns { ok, data } | { ok: false, error } like the other services.

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

export interface PrintFileDeps {
  db: Executor;
  sealer: Sealer;
  auditKey: Buffer;
  actor: string;
}

export interface PrintFileDownload {
  fileName: string;
  contentType: string;
  body: Buffer;
  sha256: string;
}

export async function downloadPrintFile(deps: PrintFileDeps, fileId: number, part: 'pdf' | 'manifest'): Promise<Result<PrintFileDownload>> {
  const file = await findApprovedPrintFile(deps.db, fileId);
  if (!file) {
    await appendAudit(deps.db, deps.auditKey, {
      actor: deps.actor,
      action: 'print_file.download',
      outcome: 'refused',
      detail: { fileId, part },
    });
    return { ok: false, error: 'There is no such print file, or its batch has not been approved by a second person yet.' };
  }
  const opened = openPrintFile(deps.sealer, file);
  await appendAudit(deps.db, deps.auditKey, {
    actor: deps.actor,
    action: 'print_file.download',
    outcome: 'ok',
    detail: { fileId, batchId: file.batchId, fileNumber: file.fileNumber, part, letters: file.letters },
  });
  const base = `batch-${file.batchId}-file-${String(file.fileNumber).padStart(3, '0')}`;
  return part === 'pdf'
    ? { ok: true, data: { fileName: `${base}.pdf`, contentType: 'application/pdf', body: opened.pdf, sha256: file.pdfSha256 } }
    : {
        ok: true,
        data: {
          fileName: `${base}-manifest.csv`,
          contentType: 'text/csv; charset=utf-8',
          body: Buffer.from(opened.manifest, 'utf8'),
          sha256: file.manifestSha256,
        },
      };
}

export async function markPrintFile(deps: PrintFileDeps, fileId: number, to: 'printed' | 'mailed'): Promise<Result<PrintFileSummary>> {
  const row = await advancePrintFile(deps.db, fileId, to, deps.actor);
  await appendAudit(deps.db, deps.auditKey, {
    actor: deps.actor,
    action: `print_file.${to}`,
    outcome: row ? 'ok' : 'refused',
    detail: { fileId },
  });
  if (!row)
    return {
      ok: false,
      error:
        to === 'printed'
          ? 'Only a file that is ready, of a batch a second person has approved, can be marked printed.'
          : 'Only a printed file can be marked mailed.',
    };
  return { ok: true, data: row };
}
