// Receives a CSV upload from a multipart form straight to a file under DATA_DIR, never holding it in
// memory or in the database. The size limit is enforced while the bytes arrive; a file that is not
// UTF-8 text, has NUL bytes, lacks the required header or has no rows is refused and its partial copy
// removed, so a refused upload leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { readCsvRecords } from '../csv/read-records';
import { recordCsvColumns } from '../validation/record-row';
import { fail, type Result } from './roles';

export type StoredUpload = { storedAs: string; bytes: number; lines: number };

export type UploadRequest = { body: ReadableStream<Uint8Array> | null; contentType: string | null; contentLength: number | null };

class Refusal extends Error {}

const HEADER_MAX = 64 * 1024;
const LF = 10;

async function checkHeader(header: string): Promise<void> {
  for await (const rec of readCsvRecords(Readable.from([header]))) {
    if (rec.error) throw new Refusal('The first line of the file is not a readable CSV header.');
    const columns = rec.fields.map((c) => c.trim());
    const missing = recordCsvColumns.filter((c) => !columns.includes(c));
    if (missing.length) throw new Refusal(`The file's header is missing the column(s): ${missing.join(', ')}.`);
    return;
  }
  throw new Refusal('The file is empty: it has no header and no rows.');
}

export async function receiveCsvUpload(req: UploadRequest, opts: { dir: string; maxBytes: number }): Promise<Result<StoredUpload>> {
  const mb = opts.maxBytes / (1024 * 1024);
  const limitText = mb >= 1 ? `${Math.floor(mb)} MB` : `${Math.floor(opts.maxBytes / 1024)} KB`;
  if (!req.contentType?.toLowerCase().startsWith('multipart/form-data') || !req.body) return fail('Send the file from the upload form.');
  // The multipart envelope adds a few hundred bytes; anything announced well past the limit is refused unread.
  if (req.contentLength !== null && req.contentLength > opts.maxBytes + 64 * 1024)
    return fail(`The file is larger than the ${limitText} limit.`);
  await mkdir(opts.dir, { recursive: true });
  const storedAs = `${randomUUID()}.csv`;
  const partPath = path.join(opts.dir, `${storedAs}.part`);
  let sawFile = false;

  const work = new Promise<StoredUpload>((resolve, reject) => {
    const bb = busboy({
      headers: { 'content-type': req.contentType! },
      limits: { files: 1, fileSize: opts.maxBytes, fields: 5, parts: 6 },
    });
    let fileDone: Promise<StoredUpload> | null = null;
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || sawFile) return void stream.resume();
      sawFile = true;
      const csvName = /\.csv$/i.test(info.filename ?? '');
      const csvType = /^(text\/csv|application\/vnd\.ms-excel|text\/plain)$/i.test(info.mimeType);
      if (!info.filename) {
        stream.resume();
        return void reject(new Refusal('Choose a CSV file to upload.'));
      }
      if (!csvName && !csvType) {
        stream.resume();
        return void reject(new Refusal('Choose a .csv file (comma-separated values, UTF-8).'));
      }
      fileDone = new Promise<StoredUpload>((res, rej) => {
        const out = createWriteStream(partPath, { flags: 'wx', mode: 0o600 });
        const decoder = new TextDecoder('utf-8', { fatal: true });
        let bytes = 0;
        let newlines = 0;
        let last = -1;
        let header: string | null = null;
        let headerBuf = '';
        let headerCheck: Promise<void> = Promise.resolve();
        let failed = false;
        const stop = (err: Error) => {
          if (failed) return;
          failed = true;
          stream.unpipe(out);
          stream.resume();
          out.destroy();
          rej(err);
        };
        stream.on('data', (chunk: Buffer) => {
          if (failed) return;
          bytes += chunk.length;
          if (chunk.includes(0))
            return stop(new Refusal('The file is not text (it has NUL bytes): export it from the spreadsheet as CSV UTF-8.'));
          let text: string;
          try {
            text = decoder.decode(chunk, { stream: true });
          } catch {
            return stop(new Refusal('The file is not UTF-8 text: export it from the spreadsheet as CSV UTF-8.'));
          }
          for (let i = 0; i < chunk.length; i++) if (chunk[i] === LF) newlines++;
          last = chunk[chunk.length - 1]!;
          if (header === null) {
            headerBuf += text;
            const nl = headerBuf.indexOf('\n');
            if (nl >= 0) {
              header = headerBuf.slice(0, nl);
              headerCheck = checkHeader(header).catch(stop);
            } else if (headerBuf.length > HEADER_MAX) stop(new Refusal('The first line of the file is not a readable CSV header.'));
          }
        });
        stream.on('limit', () => stop(new Refusal(`The file is larger than the ${limitText} limit.`)));
        stream.pipe(out);
        out.on('error', (err) => stop(err));
        out.on('finish', () => {
          if (failed) return;
          void (async () => {
            try {
              decoder.decode();
            } catch {
              return stop(new Refusal('The file is not UTF-8 text: export it from the spreadsheet as CSV UTF-8.'));
            }
            await (header === null ? checkHeader(headerBuf).catch(stop) : headerCheck);
            if (failed) return;
            const lines = newlines + (bytes > 0 && last !== LF ? 1 : 0);
            if (lines <= 1) return stop(new Refusal('The file has a header but no rows.'));
            res({ storedAs, bytes, lines: lines - 1 });
          })();
        });
      });
      fileDone.catch(reject);
    });
    bb.on('error', (err) => reject(err instanceof Error ? err : new Error(String(err))));
    bb.on('close', () => {
      if (!sawFile) return reject(new Refusal('Choose a CSV file to upload.'));
      fileDone?.then(resolve, reject);
    });
    Readable.fromWeb(req.body as import('node:stream/web').ReadableStream<Uint8Array>)
      .on('error', reject)
      .pipe(bb);
  });

  try {
    const stored = await work;
    await rename(partPath, path.join(opts.dir, storedAs));
    return { ok: true, data: stored };
  } catch (err) {
    await rm(partPath, { force: true });
    if (err instanceof Refusal) return fail(err.message);
    return fail('The upload did not arrive whole (the connection may have dropped). Try again.');
  }
}
