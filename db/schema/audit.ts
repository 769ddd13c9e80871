import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bytea } from './types';

/**
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). Each entry's `hash` is an HMAC over the
 * previous entry's hash and this entry's fields, so altering or removing a row breaks the chain from there.
 * `detail` carries ids and counts only, never personal data.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    recordId: bigint('record_id', { mode: 'number' }),
    outcome: text('outcome').notNull(),
    detail: jsonb('detail')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: bytea('prev_hash'),
    hash: bytea('hash').notNull(),
  },
  (t) => [
    index('audit_log_record_idx').on(t.recordId),
    index('audit_log_action_idx').on(t.action, t.at),
    // An organization's activity log (issue 15): its entries carry `orgId` in detail, newest first.
    index('audit_log_org_idx')
      .on(sql`(${t.detail}->>'orgId')`, t.id)
      .where(sql`${t.detail} ? 'orgId'`),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * Anchors of the audit chain's head, one written after each hourly verification (and on demand): the id,
 * hash and number of entries the chain had then. The chain alone cannot show that its newest entries were
 * cut (what is left still links up); a checkpoint can, since the entry it names must still be there, with
 * that hash and that many entries up to it. The application role may only INSERT here (no SELECT, UPDATE,
 * DELETE or TRUNCATE: db/app-role.ts; it reads the list through the owner's audit_checkpoint_list()
 * function), and a trigger refuses any change or removal, whoever asks. Each verification's log line carries
 * the same three values, so a copy lives outside the database too.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'string' })
    .notNull()
    .default(sql`now()`),
  headId: bigint('head_id', { mode: 'number' }).notNull(),
  headHash: bytea('head_hash').notNull(),
  entryCount: bigint('entry_count', { mode: 'number' }).notNull(),
});

export type AuditCheckpoint = typeof auditCheckpoints.$inferSelect;
