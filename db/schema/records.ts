import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { asciiText, bytea } from './types';

export const disclosureCategory = pgEnum('disclosure_category', ['address_verified', 'address_supplied', 'incomplete_address']);
export const tinKind = pgEnum('tin_kind', ['ssn', 'itin']);

/**
 * One row per person whose return information was disclosed. Identifiers are only ever keyed hashes;
 * name, date of birth, address, last four of the TIN, email and phone live in `pii`, sealed with
 * AES-256-GCM under data key `key_version`, with `tin_hash` as associated data so a sealed value cannot be
 * moved to another row. `state` stays readable on purpose: batches and the dashboard select by it, and a
 * state alone does not identify anyone.
 */
export const affectedRecords = pgTable(
  'affected_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    noticeCode: asciiText('notice_code').notNull(),
    tinHash: bytea('tin_hash').notNull(),
    tinKind: tinKind('tin_kind').notNull(),
    /** Keyed hashes of (TIN, date of birth, last-name key, ZIP), one per accepted last-name form. */
    identityHashes: bytea('identity_hashes').array().notNull(),
    emailHash: bytea('email_hash'),
    pii: bytea('pii').notNull(),
    keyVersion: smallint('key_version').notNull(),
    language: asciiText('language').notNull(),
    state: asciiText('state').notNull(),
    category: disclosureCategory('category').notNull(),
    disclosedElements: text('disclosed_elements').array().notNull(),
    disclosedOn: date('disclosed_on', { mode: 'string' }).notNull(),
    /**
     * What the person may be entitled to under 26 U.S.C. 7431 (issue 17): the acts of unauthorized disclosure
     * counted for them, and whether a court found the disclosure unlawful. Null where the import did not say;
     * neither identifies anyone, and batches and the dashboard count by them.
     */
    disclosureActs: smallint('disclosure_acts'),
    ruledUnlawful: boolean('ruled_unlawful'),
    /** Keyed hash of the imported row, so re-importing an unchanged row writes nothing. */
    fingerprint: bytea('fingerprint').notNull(),
    /**
     * The import run that last wrote the row (imports.id). Not a foreign key: checking it cost about 6 µs of
     * every inserted row's ~50 (12.6% of the database's CPU in a 200,000-row import), and import runs are
     * never deleted, so the reference cannot dangle.
     */
    lastImportId: bigint('last_import_id', { mode: 'number' }),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /**
     * When DHS certified disposal of the data it received about this person, and by which certification: the
     * earliest-approved certification covering the record that is approved and not withdrawn, kept in step by
     * db/queries/disposal.ts (refreshDisposalMarks) in the same transaction as every approval and withdrawal.
     * Derived, never written anywhere else; disposal_coverage is the record.
     */
    disposalConfirmedAt: timestamp('disposal_confirmed_at', { withTimezone: true }),
    disposalCertificationId: bigint('disposal_certification_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    uniqueIndex('affected_records_tin_hash_key').on(t.tinHash),
    uniqueIndex('affected_records_notice_code_key').on(t.noticeCode),
    // About a third of the records have no email; they need no entry (lookups are by a given hash). A hash
    // index, since it is only ever probed for equality: it keeps a 4-byte hash code where a btree keeps the
    // 32-byte key, so it stays in shared buffers while a large import writes at random places in it.
    index('affected_records_email_hash_idx')
      .using('hash', t.emailHash)
      .where(sql`${t.emailHash} is not null`),
    index('affected_records_selection_idx').on(t.category, t.language, t.state),
  ],
);

export type AffectedRecord = typeof affectedRecords.$inferSelect;
