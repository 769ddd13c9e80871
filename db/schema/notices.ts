import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  check,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgMembers, organizations } from './orgs';
import { affectedRecords } from './records';
import { bytea } from './types';

export const noticeType = pgEnum('notice_type', [
  'initial_notice',
  'disposal_confirmation',
  'check_result',
  'notice_copy',
  'claim_status',
  // Organization email (issue 15): to a member or an applicant organization's contact, not about a record.
  'org_sign_in_link',
  'org_invitation',
  'org_application_approved',
  'org_application_rejected',
]);
export const noticeChannel = pgEnum('notice_channel', ['email', 'letter']);
export const noticeStatus = pgEnum('notice_status', [
  'pending', // in the outbox, not on a queue (new, or its batch is paused)
  'queued', // on a queue in a send group
  'sending', // a worker has called the provider
  'sent', // the provider accepted it
  'delivered',
  'bounced',
  'complained',
  'failed',
  'cancelled',
  // The provider refused a retry as an idempotency conflict (409): it may well have accepted the first
  // attempt, so the notice is neither sent nor failed until an operator checks. Never retried blindly.
  'needs_attention',
]);
export const batchStatus = pgEnum('batch_status', ['draft', 'running', 'paused', 'cancelled', 'completed']);
export const disposalScope = pgEnum('disposal_scope', ['all', 'category', 'batch', 'notice_codes']);

export type BatchSelection = {
  categories?: string[];
  languages?: string[];
  states?: string[];
  notYetNotified?: boolean;
  hasEmail?: boolean;
  disposalCertificationId?: number;
  /** Email where the record has an address, a letter for everyone, or both (the default). */
  channels?: ('email' | 'letter')[];
};

/** A selection of records to notify, expanded into `notices` in keyset order from a checkpoint. */
export const noticeBatches = pgTable('notice_batches', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  name: text('name').notNull(),
  type: noticeType('type').notNull(),
  selection: jsonb('selection').$type<BatchSelection>().notNull(),
  status: batchStatus('status').notNull().default('draft'),
  totalAtCreation: integer('total_at_creation').notNull(),
  /** Highest record id expanded so far; expansion resumes after it. */
  expandedThrough: bigint('expanded_through', { mode: 'number' }).notNull().default(0),
  expansionDone: timestamp('expansion_done', { withTimezone: true }),
  createdBy: text('created_by').notNull(),
  /** A second staff member (never the creator) must approve a batch before it can start. */
  approvedBy: text('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/**
 * The outbox and the record of every notice. `dedupe_key` makes a notice unique per purpose (one initial
 * notice per person, one disposal confirmation per certification…), so re-running or double-starting a
 * batch adds nothing. `group_key` is the Idempotency-Key of the provider request the notice travels in.
 */
export const notices = pgTable(
  'notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The person a notice is about; null for an organization's email (then `org_id` is set). */
    recordId: bigint('record_id', { mode: 'number' }).references(() => affectedRecords.id),
    /**
     * Organization email (issue 15): the organization it concerns, and the member it goes to (null: the
     * organization's contact, as for an application's decision, when nobody is a member yet).
     */
    orgId: bigint('org_id', { mode: 'number' }).references(() => organizations.id),
    memberId: bigint('member_id', { mode: 'number' }).references(() => orgMembers.id),
    batchId: bigint('batch_id', { mode: 'number' }).references(() => noticeBatches.id),
    type: noticeType('type').notNull(),
    channel: noticeChannel('channel').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    language: text('language').notNull(),
    status: noticeStatus('status').notNull().default('pending'),
    groupKey: text('group_key'),
    providerMessageId: text('provider_message_id'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Values for the template that are not personal data (claim reference, certification id). */
    params: jsonb('params')
      .$type<Record<string, string | number>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notices_dedupe_key').on(t.recordId, t.type, t.channel, t.dedupeKey),
    uniqueIndex('notices_org_dedupe_key')
      .on(t.orgId, t.type, t.channel, t.dedupeKey)
      .where(sql`record_id is null`),
    // Either about a record or an organization's email, never both or neither; a member only with their organization.
    check('notices_one_subject', sql`(${t.recordId} is null) <> (${t.orgId} is null)`),
    check('notices_member_of_org', sql`${t.memberId} is null or ${t.orgId} is not null`),
    index('notices_batch_status_idx').on(t.batchId, t.status),
    index('notices_group_idx').on(t.groupKey),
    index('notices_status_updated_idx').on(t.status, t.updatedAt),
    uniqueIndex('notices_provider_message_key').on(t.providerMessageId),
  ],
);

/**
 * How DHS says it disposed of the data: a fixed list, because the method is shown to the public in every
 * locale as a translated label. What staff type about it stays in `methodNote`, internal only.
 */
export const disposalMethods = ['deletion', 'media_destruction', 'data_return', 'other'] as const;
export const disposalMethod = pgEnum('disposal_method', disposalMethods);
/**
 * draft → approved (by a second staff member) → withdrawn (requested by one staff member, confirmed by
 * another); a draft may also be withdrawn (discarded) in one step, since it changed nothing.
 */
export const disposalStatus = pgEnum('disposal_status', ['draft', 'approved', 'withdrawn']);

/**
 * A DHS disposal certification. Recording one writes a draft and the records its scope covers
 * (`disposal_coverage`); nothing public changes until a second staff member approves it. A record's
 * disposal state is derived from the approved certifications covering it, so withdrawing one of two
 * certifications covering a record leaves the other in force.
 */
export const disposalCertifications = pgTable('disposal_certifications', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  certifiedOn: date('certified_on', { mode: 'string' }).notNull(),
  reference: text('reference').notNull(),
  method: disposalMethod('method_kind').notNull().default('other'),
  /** Staff's own words about the method (the column once held the public method): never on a public page. */
  methodNote: text('method'),
  scope: disposalScope('scope').notNull(),
  scopeValue: jsonb('scope_value')
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  /** How many records the certification covers (rows in disposal_coverage), counted when it was recorded. */
  recordsMarked: integer('records_marked').notNull().default(0),
  batchId: bigint('batch_id', { mode: 'number' }).references(() => noticeBatches.id),
  recordedBy: text('recorded_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  status: disposalStatus('status').notNull().default('draft'),
  /** Never `recordedBy`: the approval statement itself refuses the creator. */
  approvedBy: text('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  /**
   * Withdrawing an approved certification takes two people, as approving it did: one requests it (these
   * two columns and the reason; the certification still stands), another confirms it (`withdrawnBy`,
   * never `withdrawalRequestedBy`). A cancelled request clears them; the audit log keeps it.
   */
  withdrawalRequestedBy: text('withdrawal_requested_by'),
  withdrawalRequestedAt: timestamp('withdrawal_requested_at', { withTimezone: true }),
  /** Who confirmed the withdrawal of an approved certification, or who discarded a draft. */
  withdrawnBy: text('withdrawn_by'),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  /** Why it was (or is asked to be) withdrawn: internal, shown to staff only. */
  withdrawalReason: text('withdrawal_reason'),
});

/** Which records a certification covers, fixed when it is recorded (so the approver approves what was counted). */
export const disposalCoverage = pgTable(
  'disposal_coverage',
  {
    certificationId: bigint('certification_id', { mode: 'number' })
      .notNull()
      .references(() => disposalCertifications.id),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => affectedRecords.id),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.recordId] }), index('disposal_coverage_record_idx').on(t.recordId)],
);

/** Addresses that bounced or complained: no further email goes to them. Keyed by the email's keyed hash. */
export const emailSuppressions = pgTable('email_suppressions', {
  emailHash: bytea('email_hash').primaryKey(),
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/** Each provider webhook event once, by its Svix id. */
export const webhookEvents = pgTable('webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/**
 * Without a Resend key, email "sent" lands here instead: the whole rendered message sealed under the data
 * key (it holds a name and an address), unique per idempotency key so a retry stores nothing twice.
 */
export const devOutbox = pgTable('dev_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  noticeId: bigint('notice_id', { mode: 'number' })
    .notNull()
    .references(() => notices.id),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  messageId: text('message_id').notNull(),
  /** Null once the retention job has deleted the message (NOTICE_RETENTION_DAYS after it was sent). */
  sealed: bytea('sealed'),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  contentDeletedAt: timestamp('content_deleted_at', { withTimezone: true }),
});

/**
 * A send group's request as composed at its first attempt (every message's address, subject and bodies),
 * sealed under the data key and bound to the group: each retry sends these same bytes under the same
 * Idempotency-Key, even when a re-import changes a name meanwhile. Deleted once the group is settled; the
 * retention job removes any left behind.
 */
export const sendGroupContents = pgTable('send_group_contents', {
  groupKey: text('group_key').primaryKey(),
  sealed: bytea('sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

export type Notice = typeof notices.$inferSelect;
export type NoticeBatch = typeof noticeBatches.$inferSelect;
export type DisposalCertification = typeof disposalCertifications.$inferSelect;
export type DisposalMethod = (typeof disposalMethods)[number];
