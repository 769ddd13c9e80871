import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { noticeBatches, notices } from './notices';
import { affectedRecords } from './records';
import { bytea } from './types';

/**
 * pending → in_file (in a stored print file) → printed → mailed → returned; or rejected before printing
 * (its reason a code, never personal data).
 */
export const letterStatus = pgEnum('letter_status', ['pending', 'rejected', 'in_file', 'printed', 'mailed', 'returned']);
export const printFileStatus = pgEnum('print_file_status', ['ready', 'printed', 'mailed']);

/**
 * One printed piece per letter-channel notice. The piece id is printed on the letter and is what the mail
 * house's returned-mail list names; `imb_serial` (from its own sequence) goes into the barcode.
 */
export const letterPieces = pgTable(
  'letter_pieces',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    noticeId: bigint('notice_id', { mode: 'number' })
      .notNull()
      .references(() => notices.id),
    batchId: bigint('batch_id', { mode: 'number' })
      .notNull()
      .references(() => noticeBatches.id),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => affectedRecords.id),
    pieceId: text('piece_id').notNull(),
    imbSerial: bigserial('imb_serial', { mode: 'number' }).notNull(),
    status: letterStatus('status').notNull().default('pending'),
    rejectReason: text('reject_reason'),
    printFileId: bigint('print_file_id', { mode: 'number' }),
    fileSequence: integer('file_sequence'),
    pages: integer('pages'),
    sheets: integer('sheets'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    uniqueIndex('letter_pieces_notice_key').on(t.noticeId),
    uniqueIndex('letter_pieces_piece_id_key').on(t.pieceId),
    uniqueIndex('letter_pieces_file_sequence_key').on(t.printFileId, t.fileSequence),
    index('letter_pieces_batch_status_idx').on(t.batchId, t.status, t.id),
  ],
);

/**
 * A print file: up to LETTERS_PER_PRINT_FILE letters as one PDF with its CSV manifest, both sealed like
 * other personal data. Written in one transaction with its letters' assignment, so a file is either
 * complete with its manifest or absent.
 */
export const printFiles = pgTable(
  'print_files',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: bigint('batch_id', { mode: 'number' })
      .notNull()
      .references(() => noticeBatches.id),
    fileNumber: integer('file_number').notNull(),
    letters: integer('letters').notNull(),
    pages: integer('pages').notNull(),
    sheets: integer('sheets').notNull(),
    pdfSealed: bytea('pdf_sealed').notNull(),
    manifestSealed: bytea('manifest_sealed').notNull(),
    /** SHA-256 of the plain PDF and manifest, hex: what the mail house checks after download. */
    pdfSha256: text('pdf_sha256').notNull(),
    manifestSha256: text('manifest_sha256').notNull(),
    status: printFileStatus('status').notNull().default('ready'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    printedAt: timestamp('printed_at', { withTimezone: true }),
    printedBy: text('printed_by'),
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
    mailedBy: text('mailed_by'),
  },
  (t) => [uniqueIndex('print_files_batch_number_key').on(t.batchId, t.fileNumber)],
);

export type LetterPiece = typeof letterPieces.$inferSelect;
export type PrintFile = typeof printFiles.$inferSelect;

/**
 * Records whose letter came back: their postal address is undeliverable until a new one is imported.
 * Kept here, beside the letters, rather than as a column of affected_records; the first returned piece
 * is remembered.
 */
export const undeliverableRecords = pgTable('undeliverable_records', {
  recordId: bigint('record_id', { mode: 'number' })
    .primaryKey()
    .references(() => affectedRecords.id),
  firstPieceId: text('first_piece_id').notNull(),
  flaggedAt: timestamp('flagged_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});
