// Receiving a claim document from a multipart upload and handing it to a reviewer (issue 17, item 4). The
// bytes are held in memory while they arrive (at most 10 MB: busboy stops the file there), checked by their
// content (./documents.ts), sealed with the claim number as associated data and written in ONE insert once
// the whole request has arrived: a connection that drops, a refused file or a full claim leave no row. No
// file name is kept: the browser's name is read by nobody and stored nowhere.
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import busboy from 'busboy';
import type { Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { findClaimById } from '../../db/queries/claims';
import { findClaimDocument, insertClaimDocumentWithinLimit } from '../../db/queries/claim-documents';
import type { UploadRequest } from '../admin/upload';
import type { Sealer } from '../crypto';
import { checkDocument, maxDocumentBytes, maxDocumentsPerClaim, type DocumentMediaType, type DocumentRefusal } from './documents';

export type DocumentStoreDeps = { db: Executor; sealer: Sealer; auditKey: Buffer };

/** Every reason an upload stores nothing: a code the upload page turns into a sentence in the person's language. */
export type UploadRefusal = Exclude<DocumentRefusal, 'empty'> | 'no_file' | 'too_many' | 'interrupted' | 'not_form' | 'expired';
export const uploadRefusals = [
  'no_file',
  'too_big',
  'wrong_type',
  'pdf_active',
  'pdf_unreadable',
  'too_many',
  'interrupted',
  'not_form',
  'expired',
] as const satisfies readonly UploadRefusal[];

export type UploadResult = { ok: true; data: { documentId: number; mediaType: DocumentMediaType } } | { ok: false; refusal: UploadRefusal };

/** The multipart envelope around one file is a few hundred bytes; a request announcing far more is refused unread. */
const envelopeAllowance = 64 * 1024;

class Refused extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(refusal);
  }
}

/** The associated data of a document's sealed bytes: its claim (a document moved to another claim's row does not open). */
const documentAad = (claimNumber: string) => Buffer.from(`claim-document:${claimNumber}`, 'ascii');

/** Reads the request's one file (field `file`) whole, or says why not. The size limit holds while bytes arrive. */
async function receiveFile(req: UploadRequest): Promise<Buffer> {
  if (!req.contentType?.toLowerCase().startsWith('multipart/form-data') || !req.body) throw new Refused('not_form');
  if (req.contentLength !== null && req.contentLength > maxDocumentBytes + envelopeAllowance) throw new Refused('too_big');
  return new Promise<Buffer>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: { 'content-type': req.contentType! },
        limits: { files: 1, fileSize: maxDocumentBytes + 1, fields: 5, parts: 6 },
      });
    } catch {
      return reject(new Refused('not_form'));
    }
    let file: Promise<Buffer> | null = null;
    bb.on('file', (name, stream) => {
      if (name !== 'file' || file) return void stream.resume();
      file = new Promise<Buffer>((res, rej) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        // busboy says `limit` when the file reaches its limit, one byte past ours; the rest is read and dropped.
        stream.on('limit', () => rej(new Refused('too_big')));
        stream.on('error', rej);
        stream.on('end', () => res(Buffer.concat(chunks)));
      });
      file.catch(() => stream.resume());
    });
    bb.on('error', () => reject(new Refused('interrupted')));
    bb.on('close', () => {
      if (!file) return reject(new Refused('no_file'));
      file.then(resolve, reject);
    });
    // Without a Content-Length (a chunked body) the raw bytes are counted here instead.
    let raw = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        raw += chunk.length;
        done(raw > maxDocumentBytes + envelopeAllowance ? new Refused('too_big') : null, chunk);
      },
    });
    const body = Readable.fromWeb(req.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('error', () => reject(new Refused('interrupted')));
    cap.on('error', (err) => reject(err instanceof Refused ? err : new Refused('interrupted')));
    body.pipe(cap).pipe(bb);
  });
}

/**
 * One upload for one claim (the caller found the claim from the person's verified session, never from an id
 * the browser sent). Every outcome is in the audit log, with the claim's record.
 */
export async function receiveClaimDocument(deps: DocumentStoreDeps, claimId: number, req: UploadRequest): Promise<UploadResult> {
  const claim = await findClaimById(deps.db, claimId);
  if (!claim) throw new Error(`No claim ${claimId}: documents are received only for a claim the session names.`);
  const audit = (outcome: 'ok' | 'refused', detail: Record<string, string | number>) =>
    appendAudit(deps.db, deps.auditKey, { actor: 'claimant', action: 'claim.document_upload', recordId: claim.recordId, outcome, detail });
  const refuse = async (refusal: UploadRefusal): Promise<UploadResult> => {
    await audit('refused', { claim: claim.id, refusal });
    return { ok: false, refusal };
  };
  let bytes: Buffer;
  try {
    bytes = await receiveFile(req);
  } catch (err) {
    if (err instanceof Refused) return refuse(err.refusal);
    throw err;
  }
  const checked = checkDocument(bytes);
  if (!checked.ok) return refuse(checked.refusal === 'empty' ? 'no_file' : checked.refusal);
  const stored = await insertClaimDocumentWithinLimit(
    deps.db,
    {
      claimId: claim.id,
      mediaType: checked.mediaType,
      byteSize: bytes.length,
      sha256: createHash('sha256').update(bytes).digest(),
      // The Sealer seals text; base64 is how the print files' PDFs are sealed too (lib/letters/print-batch.ts).
      sealed: deps.sealer.seal(bytes.toString('base64'), documentAad(claim.claimNumber)),
      keyVersion: deps.sealer.currentVersion,
    },
    maxDocumentsPerClaim,
  );
  if (!stored.inserted) return refuse('too_many');
  await audit('ok', { claim: claim.id, document: stored.id, type: checked.mediaType, bytes: bytes.length });
  return { ok: true, data: { documentId: stored.id, mediaType: checked.mediaType } };
}

export type OpenedDocument = { bytes: Buffer; mediaType: DocumentMediaType; sha256: Buffer };

/**
 * A reviewer opens one document: a read of personal data, in the audit log with who read it, before the
 * bytes leave. Undefined when the claim has no such document (also audited, as refused).
 */
export async function openClaimDocumentAsStaff(
  deps: DocumentStoreDeps,
  staffId: string,
  claimId: number,
  documentId: number,
): Promise<OpenedDocument | undefined> {
  const doc = await findClaimDocument(deps.db, claimId, documentId);
  if (!doc) {
    await appendAudit(deps.db, deps.auditKey, {
      actor: staffId,
      action: 'claim.document_read',
      outcome: 'refused',
      detail: { claim: claimId, document: documentId, reason: 'not_found' },
    });
    return undefined;
  }
  const bytes = Buffer.from(deps.sealer.open(doc.sealed, documentAad(doc.claimNumber)), 'base64');
  await appendAudit(deps.db, deps.auditKey, {
    actor: staffId,
    action: 'claim.document_read',
    recordId: doc.recordId,
    outcome: 'ok',
    detail: { claim: claimId, document: documentId, type: doc.mediaType, bytes: doc.byteSize },
  });
  return { bytes, mediaType: doc.mediaType, sha256: doc.sha256 };
}
