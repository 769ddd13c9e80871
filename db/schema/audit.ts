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
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>().notNull().default(sql`'{}'::jsonb`),
    prevHash: bytea('prev_hash'),
    hash: bytea('hash').notNull(),
  },
  (t) => [index('audit_log_record_idx').on(t.recordId), index('audit_log_action_idx').on(t.action, t.at)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
