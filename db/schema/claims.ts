import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { organizations } from './orgs';
import { affectedRecords } from './records';
import { asciiText, bytea } from './types';

/**
 * Where a claim stands (issue 17): submitted → in_review → more_information_needed (cure-by date) →
 * approved / partly_approved / denied (appeal-by date) → payment_issued → paid / payment_returned → reissued.
 * lib/claims/status.ts holds which moves are allowed; every move is a claim_events row.
 */
export const claimStatus = pgEnum('claim_status', [
  'submitted',
  'in_review',
  'more_information_needed',
  'approved',
  'partly_approved',
  'denied',
  'payment_issued',
  'paid',
  'payment_returned',
  'reissued',
]);

/** A paper check by mail (the default) or direct deposit. Never a prepaid card: the enum has no such value. */
export const paymentMethod = pgEnum('payment_method', ['check', 'direct_deposit']);

/**
 * One claim per record, enforced by the unique index on record_id: a second attempt, a double submit or two
 * tabs find the claim that exists. Everything a person typed (contact, address, bank account, the description
 * of their damages, the signed name) is in `sealed` (AES-256-GCM under data key `key_version`, the claim
 * number as associated data); `payment_signal` and `address_signal` are keyed hashes of the bank account and
 * of the mailing address, so that reviewers can see one account or address on several claims without anyone
 * reading either. The PIN is stored only as a keyed hash.
 */
export const claims = pgTable(
  'claims',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimNumber: asciiText('claim_number').notNull(),
    pinHash: bytea('pin_hash').notNull(),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => affectedRecords.id),
    status: claimStatus('status').notNull().default('submitted'),
    statutoryCents: bigint('statutory_cents', { mode: 'number' }).notNull(),
    actualCents: bigint('actual_cents', { mode: 'number' }),
    paymentMethod: paymentMethod('payment_method').notNull(),
    sealed: bytea('sealed').notNull(),
    keyVersion: smallint('key_version').notNull(),
    paymentSignal: bytea('payment_signal'),
    addressSignal: bytea('address_signal'),
    /** A keyed hash of the client address the claim was filed from (many claims from one address is a signal). */
    clientSignal: bytea('client_signal'),
    language: asciiText('language').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    /** The reviewer the claim is assigned to (a staff id), and since when; null while unassigned. */
    assignedTo: text('assigned_to'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    /** A reviewer's hold (a fraud or duplicate signal being looked at): no decision or payment while set. */
    holdReason: text('hold_reason'),
    heldBy: text('held_by'),
    heldAt: timestamp('held_at', { withTimezone: true }),
    /** While more information is needed: the last day the person can answer (the open request's date). */
    cureBy: date('cure_by', { mode: 'string' }),
    /** After a denial: the last day to appeal (30 days from the denial). */
    appealBy: date('appeal_by', { mode: 'string' }),
    /** Filed for the person by an advocate of this organization, under an authorization with the claim scope (issue 15). */
    assistedByOrgId: bigint('assisted_by_org_id', { mode: 'number' }).references(() => organizations.id),
    assistedByMemberId: bigint('assisted_by_member_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    uniqueIndex('claims_record_id_key').on(t.recordId),
    uniqueIndex('claims_claim_number_key').on(t.claimNumber),
    index('claims_status_idx').on(t.status, t.id),
    index('claims_payment_signal_idx').on(t.paymentSignal),
    index('claims_address_signal_idx').on(t.addressSignal),
    index('claims_client_signal_idx').on(t.clientSignal),
    index('claims_assigned_idx').on(t.assignedTo, t.id),
  ],
);

/** A claim's history: each move of its status, by whom ('claimant' or a staff id) and with which reason code. */
export const claimEvents = pgTable(
  'claim_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    fromStatus: claimStatus('from_status'),
    toStatus: claimStatus('to_status').notNull(),
    actor: text('actor').notNull(),
    reasonCode: text('reason_code'),
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('claim_events_claim_idx').on(t.claimId, t.id)],
);

export type ClaimRow = typeof claims.$inferSelect;
export type ClaimEventRow = typeof claimEvents.$inferSelect;

/** pending: waits for a second person; applied: confirmed, the claim moved; withdrawn: rejected, or taken back by its proposer. */
export const claimDecisionState = pgEnum('claim_decision_state', ['pending', 'applied', 'withdrawn']);
export const claimOutcome = pgEnum('claim_outcome', ['approved', 'partly_approved', 'denied']);

/**
 * A reviewer's (or, for an unanswered request, the system's) decision on a claim. Every decision is
 * `pending` until a second person confirms it: an applied decision must name its confirmer, and the
 * confirmer is never the proposer (two check constraints, as batch approval does), so no code path can
 * skip the second person. At most one pending decision per claim. (Rows applied before migration 0024, when
 * an approval at or under the threshold counted at once, are left as they were: the constraint is NOT VALID.)
 */
export const claimDecisions = pgTable(
  'claim_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    outcome: claimOutcome('outcome').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    reasonCode: text('reason_code'),
    state: claimDecisionState('state').notNull(),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    confirmedBy: text('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    index('claim_decisions_claim_idx').on(t.claimId, t.id),
    uniqueIndex('claim_decisions_one_pending')
      .on(t.claimId)
      .where(sql`state = 'pending'`),
    check('claim_decisions_two_people', sql`${t.confirmedBy} is null or ${t.confirmedBy} <> ${t.proposedBy}`),
    check('claim_decisions_amount', sql`${t.amountCents} >= 0`),
    check('claim_decisions_applied_confirmed', sql`${t.state} <> 'applied' or ${t.confirmedBy} is not null`),
  ],
);

export type ClaimDecisionRow = typeof claimDecisions.$inferSelect;

export const paymentExportKind = pgEnum('payment_export_kind', ['ach', 'check']);
export const paymentExportState = pgEnum('payment_export_state', ['prepared', 'released', 'cancelled']);

/**
 * A payment file: NACHA credits for direct deposit, or a CSV for the check printer. Prepared by one staff
 * member and released by another (the check constraint and the releasing statement both hold it); only a
 * released file can be downloaded. The file is stored sealed, with its SHA-256 for the bank's records.
 */
export const paymentExports = pgTable(
  'payment_exports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: paymentExportKind('kind').notNull(),
    state: paymentExportState('state').notNull().default('prepared'),
    preparedBy: text('prepared_by').notNull(),
    preparedAt: timestamp('prepared_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    releasedBy: text('released_by'),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    claimCount: bigint('claim_count', { mode: 'number' }).notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    file: bytea('file'),
    fileSha256: bytea('file_sha256'),
    keyVersion: smallint('key_version'),
  },
  (t) => [check('payment_exports_two_people', sql`${t.releasedBy} is null or ${t.releasedBy} <> ${t.preparedBy}`)],
);

/**
 * A claim's payment in an export. At most one that is not returned per claim (the partial unique index): an
 * exported claim is never exported again, even by two exports prepared at the same moment; a returned
 * payment (an R-code from the bank, a check back in the mail) frees the claim for a reissue.
 */
export const claimPayments = pgTable(
  'claim_payments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    exportId: bigint('export_id', { mode: 'number' })
      .notNull()
      .references(() => paymentExports.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    traceNumber: text('trace_number'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnCode: text('return_code'),
  },
  (t) => [
    uniqueIndex('claim_payments_one_live')
      .on(t.claimId)
      .where(sql`returned_at is null`),
    index('claim_payments_export_idx').on(t.exportId),
    check('claim_payments_amount', sql`${t.amountCents} > 0`),
  ],
);

export type PaymentExportRow = typeof paymentExports.$inferSelect;
export type ClaimPaymentRow = typeof claimPayments.$inferSelect;

/**
 * A reviewer's request for more information (issue 17, item 5): coded reasons, the cure-by date (the later of
 * 30 days, plus 3 when a letter carries it, or the claims deadline), and the person's answer, sealed with the
 * claim number as associated data. One per claim unless a reviewer overrides (`override_by` names who).
 */
export const claimInformationRequests = pgTable(
  'claim_information_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    reasonCodes: text('reason_codes').array().notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    mailed: boolean('mailed').notNull().default(false),
    cureBy: date('cure_by', { mode: 'string' }).notNull(),
    overrideBy: text('override_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerSealed: bytea('answer_sealed'),
    answerKeyVersion: smallint('answer_key_version'),
    /** Set when the cure date passed unanswered and the claim was denied for it. */
    lapsedAt: timestamp('lapsed_at', { withTimezone: true }),
  },
  (t) => [
    index('claim_information_requests_claim_idx').on(t.claimId, t.id),
    uniqueIndex('claim_information_requests_one_open')
      .on(t.claimId)
      .where(sql`answered_at is null and lapsed_at is null`),
    check('claim_information_requests_reasons', sql`cardinality(${t.reasonCodes}) > 0`),
  ],
);

export type ClaimInformationRequestRow = typeof claimInformationRequests.$inferSelect;

export const claimDocumentType = pgEnum('claim_document_type', ['application/pdf', 'image/jpeg', 'image/png']);

/**
 * A document a person sent with their claim (issue 17, item 4): its type as read from its content, its size
 * (at most 10 MB), its SHA-256, and its bytes sealed like every other personal field (the claim number as
 * associated data). Written in one insert after the whole upload was received and checked, so an interrupted
 * upload leaves no row. Streamed only to reviewers, never from a public URL.
 */
export const claimDocuments = pgTable(
  'claim_documents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    informationRequestId: bigint('information_request_id', { mode: 'number' }).references(() => claimInformationRequests.id),
    mediaType: claimDocumentType('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: bytea('sha256').notNull(),
    sealed: bytea('sealed').notNull(),
    keyVersion: smallint('key_version').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    index('claim_documents_claim_idx').on(t.claimId, t.id),
    check('claim_documents_size', sql`${t.byteSize} > 0 and ${t.byteSize} <= 10485760`),
  ],
);

export type ClaimDocumentRow = typeof claimDocuments.$inferSelect;

/**
 * A person's request to look at a denied claim again (an appeal, asked on the status page before the claim's
 * appeal-by day ends): when, and their explanation, sealed like an information request's answer (the claim
 * number as associated data). At most one open (unhandled) request per claim, enforced by the partial unique
 * index; a reviewer's "reopen on appeal" marks it handled (`handled_at`, `handled_by`).
 */
export const claimAppealRequests = pgTable(
  'claim_appeal_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    claimId: bigint('claim_id', { mode: 'number' })
      .notNull()
      .references(() => claims.id),
    askedAt: timestamp('asked_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    explanationSealed: bytea('explanation_sealed').notNull(),
    explanationKeyVersion: smallint('explanation_key_version').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: text('handled_by'),
  },
  (t) => [
    index('claim_appeal_requests_claim_idx').on(t.claimId, t.id),
    uniqueIndex('claim_appeal_requests_one_open')
      .on(t.claimId)
      .where(sql`handled_at is null`),
  ],
);

export type ClaimAppealRequestRow = typeof claimAppealRequests.$inferSelect;
