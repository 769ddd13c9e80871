import { bigint, bigserial, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const importStatus = pgEnum('import_status', ['running', 'completed', 'failed']);

export type ImportReject = { line: number; reason: string; field: string };

/** One run of the CSV import. Rejects keep the line, reason and field name, never the value. */
export const imports = pgTable('imports', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  source: text('source').notNull(),
  actor: text('actor').notNull(),
  status: importStatus('status').notNull().default('running'),
  rowsRead: integer('rows_read').notNull().default(0),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  rejects: jsonb('rejects')
    .$type<ImportReject[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  error: text('error'),
  startedAt: timestamp('started_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export type ImportRun = typeof imports.$inferSelect;

export const importUploadStatus = pgEnum('import_upload_status', ['queued', 'importing', 'completed', 'failed']);

/**
 * A CSV uploaded through the admin area. The file waits under DATA_DIR (never in the database) until a
 * job imports it in one transaction, so the `imports` run it creates only becomes visible (`import_id`)
 * once everything committed; until then the progress the page polls is kept here. Counts and line
 * numbers only: no value from the file.
 */
export const importUploads = pgTable('import_uploads', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  actor: text('actor').notNull(),
  status: importUploadStatus('status').notNull().default('queued'),
  /** File name under DATA_DIR/uploads (a random id, not the uploaded name). */
  storedAs: text('stored_as').notNull(),
  bytes: integer('bytes').notNull(),
  /** Lines after the header, counted while storing: the progress bar's 100%. */
  lines: integer('lines').notNull(),
  rowsRead: integer('rows_read').notNull().default(0),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  importId: bigint('import_id', { mode: 'number' }).references(() => imports.id),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export type ImportUpload = typeof importUploads.$inferSelect;
