import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { orgCases, orgMembers, organizations } from './orgs';
import { asciiText, bytea } from './types';

/**
 * A member's bulk check (issue 15, item 5): a CSV of clients, each an authorization on file and the
 * identity details of the check without a letter. The file is kept sealed (associated data
 * `org-bulk-upload:<id>`) only until the run has finished; the results (no personal data beyond what the
 * cases show, still sealed: `org-bulk-results:<id>`) until `expires_at`, then the periodic purge deletes them
 * and sets `deleted_at`. `processed` is the checkpoint: rows 1..processed are done, each in `org_bulk_rows`,
 * committed in the same transaction as the checkpoint. `quota_day` is the New York day the rows count against
 * (ORG_BULK_DAILY_ROWS). Under row-level security like the other organization tables (migration 0030).
 */
export const orgBulkChecks = pgTable(
  'org_bulk_checks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => orgMembers.id),
    /** queued → running → finished; a file the worker cannot open at all ends `failed`. */
    status: text('status').notNull().default('queued'),
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    found: integer('found').notNull().default(0),
    notFound: integer('not_found').notNull().default(0),
    notLive: integer('not_live').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    uploadSealed: bytea('upload_sealed'),
    resultsSealed: bytea('results_sealed'),
    keyVersion: smallint('key_version').notNull(),
    quotaDay: date('quota_day', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('org_bulk_checks_quota_idx').on(t.orgId, t.quotaDay),
    index('org_bulk_checks_expiry_idx')
      .on(t.expiresAt)
      .where(sql`deleted_at is null`),
    check('org_bulk_checks_status_check', sql`${t.status} in ('queued', 'running', 'finished', 'failed')`),
    check('org_bulk_checks_progress', sql`${t.processed} >= 0 and ${t.processed} <= ${t.total}`),
  ],
);

/** One row of a bulk check's file once done: ids and the outcome only (what the results CSV is made of). */
export const orgBulkRows = pgTable(
  'org_bulk_rows',
  {
    bulkId: bigint('bulk_id', { mode: 'number' })
      .notNull()
      .references(() => orgBulkChecks.id),
    rowNo: integer('row_no').notNull(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    /** As written in the file when it was a number (not a reference: it may name nothing of this organization). */
    authorizationId: bigint('authorization_id', { mode: 'number' }),
    caseId: bigint('case_id', { mode: 'number' }).references(() => orgCases.id),
    outcome: text('outcome').notNull(),
    reason: asciiText('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.bulkId, t.rowNo] }),
    check('org_bulk_rows_outcome_check', sql`${t.outcome} in ('found', 'not_found', 'authorization_not_live', 'invalid_row')`),
  ],
);

export type OrgBulkCheckRow = typeof orgBulkChecks.$inferSelect;
export type OrgBulkRowRow = typeof orgBulkRows.$inferSelect;
