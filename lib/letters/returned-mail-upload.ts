import { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Executor } from '@/db/index';
import { appendAudit } from '@/db/queries/audit';
import type { UploadRequest } from '@/lib/admin/upload';
import { importReturnedMailAudited, type ReturnedMailImport } from './returned-mail';

// The returned-mail list as a browser uploads it (multipart, field `file`): streamed from the request
// straight into the chunked importer, so a list of any size takes constant memory and nothing is stored.
// The import is idempotent, so a dropped connection is answered by uploading the same file again.

/** Why an upload was refused before anything was imported: a code the staff page turns into its sentence. */
export const returnedUploadRefusals = {
  no_file: 'Choose the mail house’s returned-mail file to upload.',
  wrong_type: 'Choose a .csv or .txt file: one piece id a line, or a CSV with a piece_id column.',
  not_form: 'Send the file from the upload form on this page.',
  interrupted: 'The upload did not arrive whole (the connection may have dropped). Upload the same file again: nothing is counted twice.',
} as const;
export type ReturnedUploadRefusal = keyof typeof returnedUploadRefusals;

export type ReturnedUploadResult =
  { ok: true; data: { result: ReturnedMailImport; auditId: number } } | { ok: false; refusal: ReturnedUploadRefusal };

class Refused extends Error {
  constructor(readonly refusal: ReturnedUploadRefusal) {
    super(refusal);
  }
}

export async function receiveReturnedMailUpload(
  deps: { db: Executor; auditKey: Buffer; actor: string },
  req: UploadRequest,
  chunkSize?: number,
): Promise<ReturnedUploadResult> {
  const refuse = async (refusal: ReturnedUploadRefusal): Promise<ReturnedUploadResult> => {
    await appendAudit(deps.db, deps.auditKey, {
      actor: deps.actor,
      action: 'letters.returned_import',
      outcome: 'refused',
      detail: { refusal },
    });
    return { ok: false, refusal };
  };
  if (!req.contentType?.toLowerCase().startsWith('multipart/form-data') || !req.body) return refuse('not_form');
  let sawFile = false;
  const work = new Promise<{ result: ReturnedMailImport; auditId: number }>((resolve, reject) => {
    const bb = busboy({ headers: { 'content-type': req.contentType! }, limits: { files: 1, fields: 5, parts: 6 } });
    let imported: Promise<{ result: ReturnedMailImport; auditId: number }> | null = null;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || sawFile) return void stream.resume();
      sawFile = true;
      if (!info.filename) {
        stream.resume();
        return void reject(new Refused('no_file'));
      }
      const textName = /\.(csv|txt)$/i.test(info.filename);
      const textType = /^(text\/(csv|plain)|application\/vnd\.ms-excel)$/i.test(info.mimeType);
      if (!textName && !textType) {
        stream.resume();
        return void reject(new Refused('wrong_type'));
      }
      imported = importReturnedMailAudited(deps, stream, chunkSize);
      imported.catch(reject);
    });
    bb.on('error', (err) => reject(err instanceof Error ? err : new Error(String(err))));
    bb.on('close', () => {
      if (!imported) return reject(new Refused('no_file'));
      imported.then(resolve, reject);
    });
    Readable.fromWeb(req.body as import('node:stream/web').ReadableStream<Uint8Array>)
      .on('error', reject)
      .pipe(bb);
  });
  try {
    return { ok: true, data: await work };
  } catch (err) {
    if (err instanceof Refused) return refuse(err.refusal);
    // What arrived before the connection dropped is imported (each chunk commits); the same file again finishes it.
    return refuse('interrupted');
  }
}

/** What the staff page says about an import: a sentence, and whether the file itself was the problem. */
export function describeReturnedImport(r: ReturnedMailImport): { problem: string | null; summary: string } {
  const n = (k: number) => k.toLocaleString('en-US');
  if (r.lines === 0)
    return { problem: 'The file is empty: it has no piece ids. Check that you chose the mail house’s returned-mail list.', summary: '' };
  if (r.malformed === r.lines)
    return {
      problem: `No line of this file is a piece id (such as B12-00000345): ${n(r.lines)} ${r.lines === 1 ? 'line was' : 'lines were'} read and nothing changed. Check that you chose the mail house’s returned-mail list.`,
      summary: '',
    };
  const unknown = r.unknown > 0 ? ` ${n(r.unknown)} ${r.unknown === 1 ? 'piece id names' : 'piece ids name'} no printed letter.` : '';
  const summary =
    r.returned > 0
      ? `${n(r.returned)} ${r.returned === 1 ? 'letter is' : 'letters are'} now marked returned, and their records flagged as having an undeliverable address.${unknown}`
      : r.alreadyReturned > 0
        ? `Nothing changed: the ${n(r.alreadyReturned)} ${r.alreadyReturned === 1 ? 'letter' : 'letters'} this file names ${r.alreadyReturned === 1 ? 'was' : 'were'} already marked returned (this list, or one naming the same letters, was imported before).${unknown}`
        : `Nothing changed: no letter in this file was newly returned.${unknown}`;
  return { problem: null, summary };
}
