import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/index';
import { verifyAuditChain } from '@/db/queries/audit';
import {
  countLettersByStatus,
  countReturnedMail,
  findUndeliverableWithEmail,
  listPrintFiles,
  rejectionReasons,
} from '@/db/queries/letters';
import { importReturnedMail } from './returned-mail';
import { addNoticesAndGroup } from '@/db/queries/notices';
import { getHasher, getSealer } from '@/lib/keys';
import { actingAs, approveNoticeBatch, createNoticeBatch } from '@/lib/notices/service';
import { importRecordsCsv } from '@/lib/records/import';
import { createPostgresTestDb, type TestDb } from '@/testing/db';
import { goodRow, toCsv } from '@/testing/records';
import { waitFor } from '@/testing/wait';
import { pdfInfo, pdfPageFooters, pdfText } from './pdf-tools';
import { testPipelineDeps } from '@/testing/queues';
import { buildPrintFiles, manifestColumns, openPrintFile, type PrintDeps } from './print-batch';
import { downloadPrintFile, markPrintFile } from './print-files';
import { closeLetterRenderer } from './render-pdf';
import { sampleFrame } from '@/testing/letter-sample';
import { demoMailerId } from './settings';

// Ten people in four languages, one with an address too long for the window (rejected before printing).
const languages = ['en', 'es', 'ar', 'km'] as const;
const people = Array.from({ length: 10 }, (_, i) =>
  goodRow({
    tin: `91270${1000 + i}`,
    first_name: `Person${i}`,
    language: languages[i % languages.length]!,
    street: i === 9 ? `${'9'.repeat(5)} Extraordinarily Long Synthetic Boulevard Northwest` : `${100 + i} Synthetic Ave`,
  }),
);

describe('print files for a letter batch', () => {
  let t: TestDb;
  let batchId: number;
  let deps: PrintDeps;
  const sealer = getSealer();

  beforeAll(async () => {
    t = await createPostgresTestDb();
    const imported = await importRecordsCsv({
      db: t.db,
      hasher: getHasher(),
      sealer,
      source: 'letters.csv',
      actor: 'tester',
      input: Readable.from([toCsv(people)]),
      batchSize: 100,
    });
    void imported;
    const service = actingAs(testPipelineDeps(t.db, 'unused'), 'operator-a');
    const created = await createNoticeBatch(service, { name: 'letters', type: 'initial_notice', selection: { channels: ['letter'] } });
    if (!created.ok) throw new Error(created.error);
    batchId = created.data.id;
    const records = await rowsOf<{ id: number; language: string }>(t.db, sql`select id, language from affected_records order by id`);
    expect(records).toHaveLength(10);
    await addNoticesAndGroup(
      t.db,
      records.map((r) => ({
        recordId: r.id,
        batchId,
        type: 'initial_notice' as const,
        channel: 'letter' as const,
        dedupeKey: 'initial',
        language: r.language,
      })),
    );
    deps = {
      db: t.db,
      sealer,
      frame: sampleFrame,
      settings: { chromiumPath: '/usr/bin/chromium', imb: { barcodeId: '00', serviceTypeId: '300', mailerId: demoMailerId } },
      lettersPerFile: 3,
    };
  });
  afterAll(async () => {
    await closeLetterRenderer();
    await t?.dispose();
  });

  it('resumes after kill -9 in the middle of a file with no duplicate or missing piece', async () => {
    // A separate process builds the files; it is killed once the first file is stored, mid-way through the next.
    const child = spawn('node', ['--import', 'tsx', 'scripts/letters.ts', 'build', String(batchId), '--per-file', '3'], {
      env: { ...process.env, DATABASE_URL: t.url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(
      async () => (await listPrintFiles(t.db, batchId)).length >= 1 || (child.exitCode !== null && Promise.reject(new Error(stderr))),
      'the first print file',
      120_000,
      50,
    );
    child.kill('SIGKILL');
    await exited;
    const before = await listPrintFiles(t.db, batchId);
    expect(before.length).toBeGreaterThanOrEqual(1);
    expect(before.length).toBeLessThan(3);

    const run = await buildPrintFiles(deps, batchId);
    expect(run.piecesAdded).toBe(0);
    const files = await listPrintFiles(t.db, batchId);
    expect(files).toHaveLength(3); // 9 printable letters, 3 to a file
    expect(files.map((f) => f.fileNumber)).toEqual([1, 2, 3]);

    const pieces = await rowsOf<{ piece_id: string; print_file_id: number | null; status: string }>(
      t.db,
      sql`select piece_id, print_file_id, status::text from letter_pieces where batch_id = ${batchId}`,
    );
    expect(pieces).toHaveLength(10);
    expect(new Set(pieces.map((p) => p.piece_id)).size).toBe(10);
    expect(await countLettersByStatus(t.db, batchId)).toEqual({ in_file: 9, rejected: 1 });
    expect(await rejectionReasons(t.db, batchId)).toEqual({ line_too_long: 1 });

    // Every manifest line names a distinct piece; together the files hold each printable piece once.
    const manifestIds: string[] = [];
    for (const f of files) {
      const raw = await t.db.execute(
        sql`select batch_id as "batchId", file_number as "fileNumber", pdf_sealed as "pdfSealed", manifest_sealed as "manifestSealed" from print_files where id = ${f.id}`,
      );
      const row = (Array.isArray(raw) ? raw[0] : (raw as { rows: unknown[] }).rows[0]) as {
        batchId: number;
        fileNumber: number;
        pdfSealed: Buffer;
        manifestSealed: Buffer;
      };
      const { pdf, manifest } = openPrintFile(sealer, row);
      const [header, ...lines] = manifest.trim().split('\r\n');
      expect(header).toBe(manifestColumns.join(','));
      const parsed = lines.map((l) => l.split(','));
      manifestIds.push(...parsed.map((p) => p[0]!));
      // The manifest's page counts match the PDF: each letter padded to whole sheets.
      const sheets = parsed.reduce((n, p) => n + Number(p[3]), 0);
      expect(Number((await pdfInfo(pdf)).Pages)).toBe(sheets * 2);
      expect(f.sheets).toBe(sheets);
      expect(parsed.every((p) => Number(p[3]) === Math.ceil(Number(p[2]) / 2))).toBe(true);
      const text = await pdfText(pdf);
      for (const p of parsed) expect(text).toContain(p[0]!);
      // Each letter's pages, counted from the PDF's page footers (each carries its letter's piece id), in
      // manifest order, each letter followed by a blank page when its count is odd.
      const footers = (await pdfPageFooters(pdf)).map((f) => parsed.find((p) => f.split('\n').includes(p[0]!))?.[0] ?? f);
      expect(footers).toEqual(parsed.flatMap((p) => [...Array<string>(Number(p[2])).fill(p[0]!), ...(Number(p[2]) % 2 ? [''] : [])]));
      // Nothing but the columns the mail house needs: no notice code, no TIN, no email.
      expect(manifest).not.toMatch(/@|[0-9]{3}-?[0-9]{2}-?[0-9]{4}(?![0-9-])/);
      // Stored sealed: the plain PDF's bytes are not in the row.
      expect(row.pdfSealed.includes(pdf.subarray(0, 64))).toBe(false);
    }
    expect(manifestIds.sort()).toEqual(
      pieces
        .filter((p) => p.status === 'in_file')
        .map((p) => p.piece_id)
        .sort(),
    );
  }, 300_000);

  it('lets nobody download before the second person approves, then audits each download and mark', async () => {
    const [file] = await listPrintFiles(t.db, batchId);
    const staff = { db: t.db, sealer, auditKey: getHasher().auditKey, actor: 'operator-a' };
    const refused = await downloadPrintFile(staff, file!.id, 'pdf');
    expect(refused.ok).toBe(false);

    const approved = await approveNoticeBatch(actingAs(testPipelineDeps(t.db, 'unused'), 'approver-b'), batchId);
    expect(approved.ok).toBe(true);
    const pdf = await downloadPrintFile(staff, file!.id, 'pdf');
    if (!pdf.ok) throw new Error(pdf.error);
    expect(pdf.data.body.subarray(0, 5).toString()).toBe('%PDF-');
    const manifest = await downloadPrintFile(staff, file!.id, 'manifest');
    expect(manifest.ok && manifest.data.body.toString().startsWith('piece_id,')).toBe(true);

    expect((await markPrintFile(staff, file!.id, 'mailed')).ok).toBe(false); // not printed yet
    expect((await markPrintFile(staff, file!.id, 'printed')).ok).toBe(true);
    expect((await markPrintFile(staff, file!.id, 'mailed')).ok).toBe(true);
    const statuses = await countLettersByStatus(t.db, batchId);
    expect(statuses.mailed).toBe(file!.letters);

    const audit = await rowsOf<{ action: string; outcome: string }>(
      t.db,
      sql`select action, outcome from audit_log where action like 'print_file.%' order by id`,
    );
    expect(audit).toEqual([
      { action: 'print_file.download', outcome: 'refused' },
      { action: 'print_file.download', outcome: 'ok' },
      { action: 'print_file.download', outcome: 'ok' },
      { action: 'print_file.mailed', outcome: 'refused' },
      { action: 'print_file.printed', outcome: 'ok' },
      { action: 'print_file.mailed', outcome: 'ok' },
    ]);
    expect((await verifyAuditChain(t.db, getHasher().auditKey)).ok).toBe(true);
  });

  it('imports a returned-mail list idempotently, in chunks, and counts it for the dashboard', async () => {
    const [file] = await listPrintFiles(t.db, batchId);
    const mailed = await rowsOf<{ piece_id: string }>(
      t.db,
      sql`select piece_id from letter_pieces where print_file_id = ${file!.id} order by file_sequence`,
    );
    expect(mailed.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [mailed[0]!.piece_id, mailed[1]!.piece_id];
    const list = `piece_id,reason\r\n${a},moved\r\n${b},unknown addressee\r\n${a},duplicate line\r\nB999-00000001,no such piece\r\nnot a piece id,\r\n`;
    const staff = { db: t.db, auditKey: getHasher().auditKey, actor: 'operator-a' };
    const first = await importReturnedMail(staff, Readable.from([list]), 2);
    expect(first).toEqual({ lines: 5, returned: 2, alreadyReturned: 1, unknown: 1, malformed: 1 });
    const again = await importReturnedMail(staff, Readable.from([list]), 2);
    expect(again).toEqual({ lines: 5, returned: 0, alreadyReturned: 3, unknown: 1, malformed: 1 });

    expect(await countReturnedMail(t.db)).toEqual({ returnedLetters: 2, undeliverableRecords: 2, undeliverableWithEmail: 2 });
    expect(await findUndeliverableWithEmail(t.db, 0, 10)).toHaveLength(2);
    expect((await countLettersByStatus(t.db, batchId)).returned).toBe(2);
  });
});
