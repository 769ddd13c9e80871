import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { affectedRecords, auditLog, letterPieces, noticeBatches, notices, printFiles, type LetterPiece, type PrintFile } from '../schema';

// Letters' own tables: the piece printed for each letter-channel notice of a batch, and the print files
// (PDF + manifest, sealed) they go out in.

export type LetterSource = {
  noticeId: number;
  recordId: number;
  type: string;
  language: string;
  params: Record<string, string | number>;
  noticeCode: string;
  tinHash: Buffer;
  pii: Buffer;
  disclosedElements: string[];
  disclosedOn: string;
  category: string;
};

const sourceColumns = {
  noticeId: notices.id,
  // Letters are about records only (inner join): the record's id, never null.
  recordId: affectedRecords.id,
  type: notices.type,
  language: notices.language,
  params: notices.params,
  noticeCode: affectedRecords.noticeCode,
  tinHash: affectedRecords.tinHash,
  pii: affectedRecords.pii,
  disclosedElements: affectedRecords.disclosedElements,
  disclosedOn: affectedRecords.disclosedOn,
  category: affectedRecords.category,
};

/** The batch's letter-channel notices that have no piece yet, in id order after `afterNoticeId`. */
export async function findNoticesWithoutPiece(
  db: Executor,
  batchId: number,
  afterNoticeId: number,
  limit: number,
): Promise<LetterSource[]> {
  return db
    .select(sourceColumns)
    .from(notices)
    .innerJoin(affectedRecords, eq(affectedRecords.id, notices.recordId))
    .leftJoin(letterPieces, eq(letterPieces.noticeId, notices.id))
    .where(
      and(
        eq(notices.batchId, batchId),
        eq(notices.channel, 'letter'),
        gt(notices.id, afterNoticeId),
        isNull(letterPieces.id),
        sql`${notices.status} <> 'cancelled'`,
      ),
    )
    .orderBy(asc(notices.id))
    .limit(limit);
}

export type NewPiece = { noticeId: number; recordId: number; batchId: number; pieceId: string; rejectReason: string | null };

/** Adds pieces; one that exists for the notice already is left as it is (a resumed run adds nothing twice). */
export async function addLetterPieces(db: Executor, pieces: NewPiece[]): Promise<void> {
  if (pieces.length === 0) return;
  await db
    .insert(letterPieces)
    .values(pieces.map((p) => ({ ...p, status: p.rejectReason ? ('rejected' as const) : ('pending' as const) })))
    .onConflictDoNothing({ target: letterPieces.noticeId });
}

export type PendingLetter = LetterSource & { piece: LetterPiece };

/** The next letters to print: the batch's pending pieces in id order, so a resumed run takes the same ones. */
export async function findPendingLetters(db: Executor, batchId: number, limit: number): Promise<PendingLetter[]> {
  const rows = await db
    .select({ piece: letterPieces, ...sourceColumns })
    .from(letterPieces)
    .innerJoin(notices, eq(notices.id, letterPieces.noticeId))
    .innerJoin(affectedRecords, eq(affectedRecords.id, notices.recordId))
    .where(and(eq(letterPieces.batchId, batchId), eq(letterPieces.status, 'pending')))
    .orderBy(asc(letterPieces.id))
    .limit(limit);
  return rows;
}

export type NewPrintFile = {
  batchId: number;
  /** In file order; each with its page and sheet count. */
  pieces: { id: number; pages: number; sheets: number }[];
  pdfSealed: (fileNumber: number) => Buffer;
  manifestSealed: (fileNumber: number) => Buffer;
  pdfSha256: string;
  manifestSha256: string;
};

/**
 * Stores a print file and assigns its letters in one transaction, so a file exists complete with its
 * manifest or not at all. The batch row is locked first: two workers on one batch take turns, and the
 * second finds the letters taken and stores nothing (returns null).
 */
export async function storePrintFile(db: Executor, f: NewPrintFile): Promise<PrintFile | null> {
  return db.transaction(async (tx) => {
    await tx.select({ id: noticeBatches.id }).from(noticeBatches).where(eq(noticeBatches.id, f.batchId)).for('update');
    const ids = f.pieces.map((p) => p.id);
    const still = await tx
      .select({ id: letterPieces.id })
      .from(letterPieces)
      .where(and(inArray(letterPieces.id, ids), eq(letterPieces.status, 'pending')));
    if (still.length !== ids.length) return null;
    const [numbered] = await rowsOf<{ next: number }>(
      tx,
      sql`select coalesce(max(file_number), 0)::int + 1 as next from print_files where batch_id = ${f.batchId}`,
    );
    const next = numbered!.next;
    const [file] = await tx
      .insert(printFiles)
      .values({
        batchId: f.batchId,
        fileNumber: next,
        letters: f.pieces.length,
        pages: f.pieces.reduce((n, p) => n + p.pages, 0),
        sheets: f.pieces.reduce((n, p) => n + p.sheets, 0),
        pdfSealed: f.pdfSealed(next),
        manifestSealed: f.manifestSealed(next),
        pdfSha256: f.pdfSha256,
        manifestSha256: f.manifestSha256,
      })
      .returning();
    await tx.execute(sql`
      update letter_pieces l set status = 'in_file', print_file_id = ${file!.id}, file_sequence = a.seq, pages = a.pages, sheets = a.sheets, updated_at = now()
      from json_to_recordset(${JSON.stringify(f.pieces.map((p, i) => ({ id: p.id, seq: i + 1, pages: p.pages, sheets: p.sheets })))}::json)
        as a(id bigint, seq int, pages int, sheets int)
      where l.id = a.id`);
    return file!;
  });
}

/** The file numbers print files are sealed under: associated data binds a sealed file to its place. */
export function printFileAad(batchId: number, fileNumber: number, part: 'pdf' | 'manifest'): Buffer {
  return Buffer.from(`print-file:${batchId}:${fileNumber}:${part}`);
}

export type PrintFileSummary = Omit<PrintFile, 'pdfSealed' | 'manifestSealed'>;

const summaryColumns = {
  id: printFiles.id,
  batchId: printFiles.batchId,
  fileNumber: printFiles.fileNumber,
  letters: printFiles.letters,
  pages: printFiles.pages,
  sheets: printFiles.sheets,
  pdfSha256: printFiles.pdfSha256,
  manifestSha256: printFiles.manifestSha256,
  status: printFiles.status,
  createdAt: printFiles.createdAt,
  printedAt: printFiles.printedAt,
  printedBy: printFiles.printedBy,
  mailedAt: printFiles.mailedAt,
  mailedBy: printFiles.mailedBy,
};

export async function listPrintFiles(db: Executor, batchId: number): Promise<PrintFileSummary[]> {
  return db.select(summaryColumns).from(printFiles).where(eq(printFiles.batchId, batchId)).orderBy(asc(printFiles.fileNumber));
}

/**
 * A print file's sealed contents, only when its batch has been approved by a second person: the rule sits
 * in the statement, so no caller can download an unapproved batch's letters.
 */
export async function findApprovedPrintFile(db: Executor, id: number): Promise<PrintFile | undefined> {
  const [row] = await db
    .select({ file: printFiles })
    .from(printFiles)
    .innerJoin(noticeBatches, eq(noticeBatches.id, printFiles.batchId))
    .where(and(eq(printFiles.id, id), isNotNull(noticeBatches.approvedBy)));
  return row?.file;
}

/**
 * ready → printed → mailed, each step once, and only for a file of an approved batch (none could be
 * downloaded before); the file's letters follow. Returns the file, or undefined.
 */
export async function advancePrintFile(
  db: Executor,
  id: number,
  to: 'printed' | 'mailed',
  actor: string,
): Promise<PrintFileSummary | undefined> {
  return db.transaction(async (tx) => {
    const from = to === 'printed' ? 'ready' : 'printed';
    const [row] = await tx
      .update(printFiles)
      .set(
        to === 'printed' ? { status: to, printedAt: sql`now()`, printedBy: actor } : { status: to, mailedAt: sql`now()`, mailedBy: actor },
      )
      .where(
        and(
          eq(printFiles.id, id),
          eq(printFiles.status, from),
          sql`exists (select 1 from notice_batches b where b.id = ${printFiles.batchId} and b.approved_by is not null)`,
        ),
      )
      .returning(summaryColumns);
    if (!row) return undefined;
    await tx
      .update(letterPieces)
      .set({ status: to, updatedAt: sql`now()` })
      .where(and(eq(letterPieces.printFileId, id), inArray(letterPieces.status, to === 'printed' ? ['in_file'] : ['printed'])));
    return row;
  });
}

export async function countLettersByStatus(db: Executor, batchId: number): Promise<Record<string, number>> {
  const rows = await rowsOf<{ status: string; n: number }>(
    db,
    sql`select status::text, count(*)::int as n from letter_pieces where batch_id = ${batchId} group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function rejectionReasons(db: Executor, batchId: number): Promise<Record<string, number>> {
  const rows = await rowsOf<{ reason: string; n: number }>(
    db,
    sql`select reject_reason as reason, count(*)::int as n from letter_pieces where batch_id = ${batchId} and status = 'rejected' group by reject_reason`,
  );
  return Object.fromEntries(rows.map((r) => [r.reason, r.n]));
}

export type ReturnedChunk = { returned: number; alreadyReturned: number; unknown: number };

/**
 * Marks the named pieces returned and flags their records undeliverable, in one transaction per chunk.
 * Idempotent: a piece already returned is counted as such and changes nothing; an id that names no piece
 * (or one never put in a file) is counted as unknown.
 */
export async function markLettersReturned(db: Executor, pieceIds: string[]): Promise<ReturnedChunk> {
  const unique = [...new Set(pieceIds)];
  if (unique.length === 0) return { returned: 0, alreadyReturned: 0, unknown: 0 };
  return db.transaction(async (tx) => {
    const rows = await rowsOf<{ piece_id: string; status: string; record_id: number }>(
      tx,
      sql`select piece_id, status::text, record_id from letter_pieces where piece_id in ${sql`(${sql.join(
        unique.map((p) => sql`${p}`),
        sql`, `,
      )})`} for update`,
    );
    const already = rows.filter((r) => r.status === 'returned').length;
    const returnable = rows.filter((r) => r.status === 'in_file' || r.status === 'printed' || r.status === 'mailed');
    if (returnable.length > 0) {
      const ids = returnable.map((r) => r.piece_id);
      await tx
        .update(letterPieces)
        .set({ status: 'returned', returnedAt: sql`now()`, updatedAt: sql`now()` })
        .where(inArray(letterPieces.pieceId, ids));
      await tx.execute(sql`
        insert into undeliverable_records (record_id, first_piece_id)
        select distinct on (record_id) record_id, piece_id from letter_pieces where piece_id in ${sql`(${sql.join(
          ids.map((p) => sql`${p}`),
          sql`, `,
        )})`}
        order by record_id, id
        on conflict (record_id) do nothing`);
    }
    return {
      returned: returnable.length,
      alreadyReturned: already,
      unknown: unique.length - rows.length + (rows.length - already - returnable.length),
    };
  });
}

export type ReturnedMailCounts = { returnedLetters: number; undeliverableRecords: number; undeliverableWithEmail: number };

/** For the dashboard: letters that came back, the records now without a postal address, and of those how many have an email. */
export async function countReturnedMail(db: Executor): Promise<ReturnedMailCounts> {
  const [row] = await rowsOf<{ returned: number; records: number; with_email: number }>(
    db,
    sql`select (select count(*)::int from letter_pieces where status = 'returned') as returned,
               (select count(*)::int from undeliverable_records) as records,
               (select count(*)::int from undeliverable_records u join affected_records r on r.id = u.record_id where r.email_hash is not null) as with_email`,
  );
  return { returnedLetters: row?.returned ?? 0, undeliverableRecords: row?.records ?? 0, undeliverableWithEmail: row?.with_email ?? 0 };
}

/** The undeliverable records that have an email on file, in id order from `afterId`: the email to offer them. */
export async function findUndeliverableWithEmail(db: Executor, afterId: number, limit: number): Promise<number[]> {
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select u.record_id as id from undeliverable_records u join affected_records r on r.id = u.record_id
        where r.email_hash is not null and u.record_id > ${afterId} order by u.record_id limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

// For the staff pages (app/admin/letters, the batch page): where a batch's letters are, which were
// rejected and why, and the print files across batches.

export type BatchLetterProgress = {
  /** The batch's letter-channel notices (not cancelled): the letters to print. */
  letters: number;
  /** Pieces by status (a notice has none until the print job checks its address). */
  byStatus: Record<string, number>;
  /** Letters in a stored print file, whatever happened to them since (printed, mailed, returned). */
  inFiles: number;
  rejected: number;
};

export async function summarizeBatchLetters(db: Executor, batchId: number): Promise<BatchLetterProgress> {
  const [row] = await rowsOf<{ letters: number }>(
    db,
    sql`select count(*)::int as letters from notices where batch_id = ${batchId} and channel = 'letter' and status <> 'cancelled'`,
  );
  const byStatus = await countLettersByStatus(db, batchId);
  const inFiles = (byStatus.in_file ?? 0) + (byStatus.printed ?? 0) + (byStatus.mailed ?? 0) + (byStatus.returned ?? 0);
  return { letters: row?.letters ?? 0, byStatus, inFiles, rejected: byStatus.rejected ?? 0 };
}

export type RejectedLetter = { pieceId: string; recordId: number; reason: string };

/** The batch's letters kept out of print files, in piece order: the piece id, the record and the reason code. */
export async function listRejectedLetters(db: Executor, batchId: number, limit: number): Promise<RejectedLetter[]> {
  const rows = await db
    .select({ pieceId: letterPieces.pieceId, recordId: letterPieces.recordId, reason: letterPieces.rejectReason })
    .from(letterPieces)
    .where(and(eq(letterPieces.batchId, batchId), eq(letterPieces.status, 'rejected')))
    .orderBy(asc(letterPieces.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, reason: r.reason ?? 'unknown' }));
}

export type PrintFileListing = PrintFileSummary & { batchName: string; batchApproved: boolean };

/** Print files across batches, newest first (or one batch's, in file order), with whether their batch is approved. */
export async function listPrintFilesForStaff(db: Executor, options: { batchId?: number; limit: number }): Promise<PrintFileListing[]> {
  const rows = await db
    .select({ ...summaryColumns, batchName: noticeBatches.name, approvedBy: noticeBatches.approvedBy })
    .from(printFiles)
    .innerJoin(noticeBatches, eq(noticeBatches.id, printFiles.batchId))
    .where(options.batchId === undefined ? undefined : eq(printFiles.batchId, options.batchId))
    .orderBy(...(options.batchId === undefined ? [desc(printFiles.id)] : [asc(printFiles.fileNumber)]))
    .limit(options.limit);
  return rows.map(({ approvedBy, ...r }) => ({ ...r, batchApproved: approvedBy !== null }));
}

/** One print file without its contents: whether it exists, and its batch's approval, for a refusal that says which. */
export async function findPrintFileListing(db: Executor, id: number): Promise<PrintFileListing | undefined> {
  const [row] = await db
    .select({ ...summaryColumns, batchName: noticeBatches.name, approvedBy: noticeBatches.approvedBy })
    .from(printFiles)
    .innerJoin(noticeBatches, eq(noticeBatches.id, printFiles.batchId))
    .where(eq(printFiles.id, id));
  if (!row) return undefined;
  const { approvedBy, ...r } = row;
  return { ...r, batchApproved: approvedBy !== null };
}

export type ReturnedMailImportEntry = {
  id: number;
  /** ISO time, as the audit log keeps it. */
  at: string;
  actor: string;
  detail: { lines: number; returned: number; alreadyReturned: number; unknown: number; malformed: number };
};

/** A returned-mail import as its audit entry recorded it, only when `actor` made it (the page shows one's own). */
export async function findReturnedMailImport(db: Executor, auditId: number, actor: string): Promise<ReturnedMailImportEntry | undefined> {
  const [row] = await db
    .select({ id: auditLog.id, at: auditLog.at, actor: auditLog.actor, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.id, auditId), eq(auditLog.action, 'letters.returned_import'), eq(auditLog.actor, actor)));
  return row ? ({ ...row, detail: row.detail as ReturnedMailImportEntry['detail'] } as ReturnedMailImportEntry) : undefined;
}

/**
 * Letter batches whose expansion finished before `expandedBefore` (and within the last week) that still have
 * letter notices not yet in a print file: no piece yet, or a piece still pending. The reconciler re-queues
 * their print job, which a crash between the expansion's last chunk and the enqueue (or a flushed Redis)
 * would otherwise lose; a job still waiting or running is not added twice, and a run prints only what is left.
 */
export async function batchesWithUnprintedLetters(db: Executor, expandedBefore: Date): Promise<number[]> {
  const rows = await rowsOf<{ id: number | string }>(
    db,
    sql`
    select b.id from notice_batches b
    where b.expansion_done is not null and b.expansion_done < ${expandedBefore.toISOString()}::timestamptz
      and b.expansion_done > ${expandedBefore.toISOString()}::timestamptz - interval '7 days'
      and b.status in ('running', 'completed')
      and exists (
        select 1 from notices n left join letter_pieces lp on lp.notice_id = n.id
        where n.batch_id = b.id and n.channel = 'letter' and n.status <> 'cancelled'
          and (lp.id is null or lp.status = 'pending'))
    order by b.id`,
  );
  return rows.map((r) => Number(r.id));
}
