// What the staff pages read about letters (db/queries/letters.ts, the staff part) and the returned-mail
// upload as the browser sends it (lib/letters/returned-mail-upload.ts), on both drivers. Print files are
// stored with small made-up contents (no Chromium here: lib/letters/print-batch.test.ts renders real ones).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../index';
import { getHasher, getSealer } from '../../lib/keys';
import { loadSyntheticRecords } from '../../lib/records/demo';
import { drivers, type TestDb } from '../../testing/db';
import { describeReturnedImport, receiveReturnedMailUpload } from '../../lib/letters/returned-mail-upload';
import { downloadPrintFile, markPrintFile } from '../../lib/letters/print-files';
import { approveBatch, createBatch } from './batches';
import {
  addLetterPieces,
  countReturnedMail,
  findPrintFileListing,
  findReturnedMailImport,
  listPrintFilesForStaff,
  listRejectedLetters,
  printFileAad,
  storePrintFile,
  summarizeBatchLetters,
} from './letters';
import { addNoticesAndGroup } from './notices';

const auditKey = getHasher().auditKey;
const sealer = getSealer();

/** A multipart upload as a browser form sends it, as the route handler passes it on. */
function upload(content: string | null, filename = 'returned.txt', type = 'text/plain') {
  const form = new FormData();
  if (content !== null) form.append('file', new Blob([content], { type }), filename);
  const req = new Request('http://x/upload', { method: 'POST', body: form });
  return { body: req.body, contentType: req.headers.get('content-type'), contentLength: null };
}

describe.each(drivers)('letters for the staff pages on %s', (_name, create) => {
  let t: TestDb;
  let batchId: number;
  let otherBatchId: number;
  let pieceIds: string[];

  beforeAll(async () => {
    t = await create();
    await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer, count: 8, seed: 14 });
    const records = await rowsOf<{ id: number }>(t.db, sql`select id from affected_records order by id`);
    const made = async (name: string) => {
      const b = await createBatch(t.db, { name, type: 'notice_copy', selection: { channels: ['letter'] }, createdBy: 'staff:1' });
      await addNoticesAndGroup(
        t.db,
        records.map((r) => ({
          recordId: Number(r.id),
          batchId: b.id,
          type: 'notice_copy' as const,
          channel: 'letter' as const,
          dedupeKey: `batch-${b.id}`,
          language: 'en',
        })),
      );
      return b.id;
    };
    batchId = await made('letters');
    otherBatchId = await made('other letters');
  });
  afterAll(() => t?.dispose());

  /** Gives the batch's notices pieces (the last `rejected` of them rejected) and stores the others in files of `perFile`. */
  async function piecesAndFiles(id: number, rejected: number, perFile: number) {
    const notices = await rowsOf<{ id: number; record_id: number }>(
      t.db,
      sql`select id, record_id from notices where batch_id = ${id} order by id`,
    );
    await addLetterPieces(
      t.db,
      notices.map((n, i) => ({
        noticeId: Number(n.id),
        recordId: Number(n.record_id),
        batchId: id,
        pieceId: `B${id}-${String(n.id).padStart(8, '0')}`,
        rejectReason: i >= notices.length - rejected ? 'invalid_zip' : null,
      })),
    );
    const pending = await rowsOf<{ id: number; piece_id: string }>(
      t.db,
      sql`select id, piece_id from letter_pieces where batch_id = ${id} and status = 'pending' order by id`,
    );
    for (let i = 0; i < pending.length; i += perFile) {
      const chunk = pending.slice(i, i + perFile);
      await storePrintFile(t.db, {
        batchId: id,
        pieces: chunk.map((p) => ({ id: Number(p.id), pages: 2, sheets: 1 })),
        pdfSealed: (n) => sealer.seal(Buffer.from('%PDF-1.7 made up').toString('base64'), printFileAad(id, n, 'pdf')),
        manifestSealed: (n) => sealer.seal(`piece_id\r\n${chunk.map((p) => p.piece_id).join('\r\n')}\r\n`, printFileAad(id, n, 'manifest')),
        pdfSha256: 'a'.repeat(64),
        manifestSha256: 'b'.repeat(64),
      });
    }
    return pending.map((p) => p.piece_id);
  }

  it('counts a batch’s letters before any piece, then by state', async () => {
    expect(await summarizeBatchLetters(t.db, batchId)).toEqual({ letters: 8, byStatus: {}, inFiles: 0, rejected: 0 });
    pieceIds = await piecesAndFiles(batchId, 2, 4);
    await piecesAndFiles(otherBatchId, 0, 8);
    expect(pieceIds).toHaveLength(6);
    expect(await summarizeBatchLetters(t.db, batchId)).toEqual({
      letters: 8,
      byStatus: { rejected: 2, in_file: 6 },
      inFiles: 6,
      rejected: 2,
    });
    // A cancelled notice is not a letter to print.
    await t.db.execute(
      sql`update notices set status = 'cancelled' where batch_id = ${otherBatchId} and id = (select max(id) from notices where batch_id = ${otherBatchId})`,
    );
    expect((await summarizeBatchLetters(t.db, otherBatchId)).letters).toBe(7);
  });

  it('lists the rejected letters with their reason, and no other', async () => {
    const rejected = await listRejectedLetters(t.db, batchId, 10);
    expect(rejected.map((r) => r.reason)).toEqual(['invalid_zip', 'invalid_zip']);
    expect(rejected.every((r) => /^B\d+-\d{8}$/.test(r.pieceId) && !pieceIds.includes(r.pieceId))).toBe(true);
    expect(await listRejectedLetters(t.db, batchId, 1)).toHaveLength(1);
    expect(await listRejectedLetters(t.db, otherBatchId, 10)).toEqual([]);
  });

  it('lists print files per batch in file order and across batches newest first, with the approval', async () => {
    const mine = await listPrintFilesForStaff(t.db, { batchId, limit: 10 });
    expect(mine.map((f) => [f.fileNumber, f.letters, f.pages, f.sheets, f.batchName, f.batchApproved])).toEqual([
      [1, 4, 8, 4, 'letters', false],
      [2, 2, 4, 2, 'letters', false],
    ]);
    expect(mine[0]).not.toHaveProperty('pdfSealed');
    const all = await listPrintFilesForStaff(t.db, { limit: 10 });
    expect(all.map((f) => [f.batchId, f.fileNumber])).toEqual([
      [otherBatchId, 1],
      [batchId, 2],
      [batchId, 1],
    ]);
    expect(await listPrintFilesForStaff(t.db, { limit: 1 })).toHaveLength(1);

    const one = await findPrintFileListing(t.db, mine[1]!.id);
    expect(one).toMatchObject({ batchId, fileNumber: 2, batchApproved: false });
    expect(await findPrintFileListing(t.db, 987654321)).toBeUndefined();
    // Before approval the download is refused (and audited); after it, the file opens.
    const deps = { db: t.db, sealer, auditKey, actor: 'staff:2' };
    expect((await downloadPrintFile(deps, one!.id, 'manifest')).ok).toBe(false);
    // Nor can a file of an unapproved batch be marked printed (no one could have downloaded it).
    const unapproved = await markPrintFile(deps, one!.id, 'printed');
    expect(unapproved.ok ? 'marked' : unapproved.error).toMatch(/of a batch a second person has approved/);
    expect((await findPrintFileListing(t.db, one!.id))!.status).toBe('ready');
    expect(await approveBatch(t.db, batchId, 'staff:2')).toBeTruthy();
    expect((await findPrintFileListing(t.db, one!.id))!.batchApproved).toBe(true);
    const opened = await downloadPrintFile(deps, one!.id, 'manifest');
    expect(opened.ok && opened.data.body.toString()).toBe(`piece_id\r\n${pieceIds.slice(4).join('\r\n')}\r\n`);
  });

  it('imports an uploaded returned-mail list once, and says what it did', async () => {
    const deps = { db: t.db, auditKey, actor: 'staff:3' };
    const list = `piece_id,reason\n${pieceIds[0]},moved\n${pieceIds[5]},vacant\nB1-99999999,?\nnot a piece\n`;
    const first = await receiveReturnedMailUpload(deps, upload(list, 'returned.csv', 'text/csv'), 2);
    if (!first.ok) throw new Error(first.refusal);
    expect(first.data.result).toEqual({ lines: 4, returned: 2, alreadyReturned: 0, unknown: 1, malformed: 1 });
    expect(describeReturnedImport(first.data.result)).toEqual({
      problem: null,
      summary:
        '2 letters are now marked returned, and their records flagged as having an undeliverable address. 1 piece id names no printed letter.',
    });
    expect(await countReturnedMail(t.db)).toMatchObject({ returnedLetters: 2, undeliverableRecords: 2 });
    // The page reads the import back from its audit entry, only for the one who made it.
    expect(await findReturnedMailImport(t.db, first.data.auditId, 'staff:3')).toMatchObject({
      detail: first.data.result,
      actor: 'staff:3',
    });
    expect(await findReturnedMailImport(t.db, first.data.auditId, 'staff:4')).toBeUndefined();

    const again = await receiveReturnedMailUpload(deps, upload(list, 'returned.csv', 'text/csv'));
    if (!again.ok) throw new Error(again.refusal);
    expect(again.data.result).toEqual({ lines: 4, returned: 0, alreadyReturned: 2, unknown: 1, malformed: 1 });
    expect(describeReturnedImport(again.data.result).summary).toMatch(
      /^Nothing changed: the 2 letters this file names were already marked returned/,
    );
    expect(await countReturnedMail(t.db)).toMatchObject({ returnedLetters: 2, undeliverableRecords: 2 });
    const states = await summarizeBatchLetters(t.db, batchId);
    expect(states.byStatus).toEqual({ rejected: 2, in_file: 4, returned: 2 });
    expect(states.inFiles).toBe(6);
  });

  it('refuses what is not a returned-mail list, at the field, and audits the refusal', async () => {
    const deps = { db: t.db, auditKey, actor: 'staff:3' };
    expect(await receiveReturnedMailUpload(deps, upload(null))).toEqual({ ok: false, refusal: 'no_file' });
    expect(await receiveReturnedMailUpload(deps, upload('%PDF-1.7', 'list.pdf', 'application/pdf'))).toEqual({
      ok: false,
      refusal: 'wrong_type',
    });
    expect(await receiveReturnedMailUpload(deps, { body: null, contentType: 'text/plain', contentLength: 0 })).toEqual({
      ok: false,
      refusal: 'not_form',
    });
    const refused = await rowsOf<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where action = 'letters.returned_import' and outcome = 'refused'`,
    );
    expect(refused[0]!.n).toBe(3);

    const empty = await receiveReturnedMailUpload(deps, upload('\n\n'));
    expect(empty.ok && describeReturnedImport(empty.data.result).problem).toMatch(/^The file is empty/);
    const records = await receiveReturnedMailUpload(deps, upload('tin,first_name\n912-71-4400,Letter\n', 'records.csv', 'text/csv'));
    expect(records.ok && records.data.result).toEqual({ lines: 2, returned: 0, alreadyReturned: 0, unknown: 0, malformed: 2 });
    expect(records.ok && describeReturnedImport(records.data.result).problem).toMatch(/^No line of this file is a piece id/);
  });
});
