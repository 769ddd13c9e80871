import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, pgTable, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { affectedRecords } from './records';
import { bytea } from './types';

/**
 * Codes that open a result online, made by a self-check without the letter and sent only to the record's
 * own address. The code is found by its keyed hash; `sealed` holds the plaintext under the data key (with
 * `code_hash` as associated data) only so the notice can print it. Valid until `expires_at` (at most 21
 * days, NIST SP 800-63A-4), and with the date of birth, like a notice code.
 */
export const accessCodes = pgTable(
  'access_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => affectedRecords.id),
    codeHash: bytea('code_hash').notNull(),
    sealed: bytea('sealed').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    firstUsedAt: timestamp('first_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('access_codes_code_hash_key').on(t.codeHash), index('access_codes_record_created_idx').on(t.recordId, t.createdAt)],
);

export type AccessCode = typeof accessCodes.$inferSelect;
