// Browser imports: accept an upload (stored under DATA_DIR, refused with a reason when it is not a CSV of
// disclosed records or is too large), queue its import, report progress and the outcome.
import path from 'node:path';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { createImportUpload, findImportUpload, listImportUploads } from '../../db/queries/import-uploads';
import { findImportRun } from '../../db/queries/imports';
import type { ImportUpload } from '../../db/schema';
import type { StaffPrincipal } from '../staff/principal';
import { receiveCsvUpload, type UploadRequest } from './upload';
import { allows } from './permissions';
import { fail, type Result } from './roles';

export const uploadsDir = (dataDir: string) => path.join(dataDir, 'uploads');

export type ImportDeps = {
  db: Database;
  auditKey: Buffer;
  uploadsDir: string;
  maxBytes: number;
  enqueue(uploadId: number): Promise<void>;
};

export async function acceptCsvUpload(deps: ImportDeps, who: StaffPrincipal, req: UploadRequest): Promise<Result<{ uploadId: number }>> {
  if (!allows(who, 'manageImports')) return fail('Your role cannot import records.');
  const stored = await receiveCsvUpload(req, { dir: deps.uploadsDir, maxBytes: deps.maxBytes });
  if (!stored.ok) {
    await appendAudit(deps.db, deps.auditKey, {
      actor: who.staffId,
      action: 'import.uploaded',
      outcome: 'refused',
      detail: { role: who.role },
    });
    return stored;
  }
  const upload = await createImportUpload(deps.db, { actor: who.staffId, ...stored.data });
  await appendAudit(deps.db, deps.auditKey, {
    actor: who.staffId,
    action: 'import.uploaded',
    outcome: 'ok',
    detail: { role: who.role, uploadId: upload.id, bytes: upload.bytes, lines: upload.lines },
  });
  await deps.enqueue(upload.id);
  return { ok: true, data: { uploadId: upload.id } };
}

export type UploadStatus = Pick<
  ImportUpload,
  | 'id'
  | 'status'
  | 'bytes'
  | 'lines'
  | 'rowsRead'
  | 'inserted'
  | 'updated'
  | 'unchanged'
  | 'rejected'
  | 'importId'
  | 'error'
  | 'createdAt'
  | 'finishedAt'
  | 'actor'
> & {
  /** 0–100; held below 100 until the transaction commits. */
  percent: number;
};

function statusOf(u: ImportUpload): UploadStatus {
  const done = u.status === 'completed' || u.status === 'failed';
  const percent = done ? 100 : Math.min(99, Math.floor((u.rowsRead / Math.max(1, u.lines)) * 100));
  const { storedAs: _hidden, ...rest } = u;
  return { ...rest, percent };
}

export async function getUploadStatus(deps: Pick<ImportDeps, 'db'>, who: StaffPrincipal, id: number): Promise<Result<UploadStatus>> {
  if (!allows(who, 'manageImports')) return fail('Your role cannot see imports.');
  const upload = await findImportUpload(deps.db, id);
  return upload ? { ok: true, data: statusOf(upload) } : fail(`There is no upload ${id}.`);
}

export async function listUploads(deps: Pick<ImportDeps, 'db'>, who: StaffPrincipal): Promise<Result<UploadStatus[]>> {
  if (!allows(who, 'manageImports')) return fail('Your role cannot see imports.');
  return { ok: true, data: (await listImportUploads(deps.db)).map(statusOf) };
}

/** The rejected lines as CSV: line number and reason only, nothing from the line itself. */
export async function rejectsCsv(
  deps: Pick<ImportDeps, 'db'>,
  who: StaffPrincipal,
  id: number,
): Promise<Result<{ csv: string; capped: boolean }>> {
  if (!allows(who, 'manageImports')) return fail('Your role cannot see imports.');
  const upload = await findImportUpload(deps.db, id);
  if (!upload || upload.status !== 'completed' || !upload.importId) return fail(`Upload ${id} has no finished import to report on.`);
  const run = await findImportRun(deps.db, upload.importId);
  const rejects = run?.rejects ?? [];
  const csv = ['line,reason', ...rejects.map((r) => `${Number(r.line)},${String(r.reason).replace(/[^a-z_]/g, '')}`)].join('\n') + '\n';
  return { ok: true, data: { csv, capped: rejects.length < upload.rejected } };
}
