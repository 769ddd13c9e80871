import { bigserial, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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
  rejects: jsonb('rejects').$type<ImportReject[]>().notNull().default(sql`'[]'::jsonb`),
  error: text('error'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().default(sql`now()`),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export type ImportRun = typeof imports.$inferSelect;
