import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { affectedRecords } from './records';
import { asciiText, bytea } from './types';

/**
 * Advocacy organizations (issue 15): legal-aid and immigrant-rights groups that help clients check, follow and
 * claim. Every table below that carries `org_id` is under PostgreSQL row-level security (migration
 * 0026_org_row_security): a member's request runs as the role `dc_org_member` with `app.org_id` set for its
 * transaction only (db/org-scope.ts), and sees and writes its own organization's rows and nothing else, even
 * when the application's own `where org_id = …` is missing or forged. Trusted server code that acts for no
 * member (the staff area, the public application form, the workers, a client revoking from their own
 * self-check session) runs with `app.scope = 'service'`.
 *
 * The organization's own facts (name, EIN, address, its contact) are an organization's, not a taxpayer's,
 * and are stored as given; nothing about a client is stored unsealed.
 */
export const organizations = pgTable(
  'organizations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    name: text('name').notNull(),
    /** Nine digits, no hyphen. */
    ein: asciiText('ein').notNull(),
    kind: text('kind').notNull(),
    addressLine1: text('address_line1').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    state: asciiText('state').notNull(),
    zip: asciiText('zip').notNull(),
    contactName: text('contact_name').notNull(),
    /** Normalized (trimmed, lower case): on approval this person becomes the first org admin. */
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    /** The locale the application was written in: the contact's notices use it. */
    language: asciiText('language').notNull(),
    status: text('status').notNull().default('applied'),
    appliedAt: timestamp('applied_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    check('organizations_status_check', sql`${t.status} in ('applied', 'approved', 'rejected')`),
    check('organizations_kind_check', sql`${t.kind} in ('legal_aid', 'immigrant_rights', 'tax_clinic', 'community', 'other')`),
    check('organizations_ein_check', sql`${t.ein} ~ '^[0-9]{9}$'`),
    // One live application or organization per EIN; a rejected one may apply again.
    uniqueIndex('organizations_ein_live')
      .on(t.ein)
      .where(sql`status <> 'rejected'`),
  ],
);

/**
 * An administrator's proposal to approve or reject an application; it counts only once a second
 * administrator confirms it (the check constraint and the confirming statement refuse the proposer).
 */
export const organizationDecisions = pgTable(
  'organization_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    outcome: text('outcome').notNull(),
    reason: text('reason'),
    proposedBy: text('proposed_by').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** pending → applied (confirmed by a second administrator) or withdrawn (rejected by one, or by the proposer). */
    state: text('state').notNull().default('pending'),
    confirmedBy: text('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    check('organization_decisions_outcome_check', sql`${t.outcome} in ('approve', 'reject')`),
    check('organization_decisions_state_check', sql`${t.state} in ('pending', 'applied', 'withdrawn')`),
    check('organization_decisions_two_people', sql`${t.confirmedBy} is null or ${t.confirmedBy} <> ${t.proposedBy}`),
    check('organization_decisions_applied_confirmed', sql`${t.state} <> 'applied' or ${t.confirmedBy} is not null`),
    uniqueIndex('organization_decisions_one_pending')
      .on(t.orgId)
      .where(sql`state = 'pending'`),
  ],
);

/**
 * A person who works for an organization. `email` (normalized) is the sign-in name and belongs to one
 * organization only. The TOTP secret is sealed with the data key (associated data `org-member-totp:<id>`);
 * while `totp_enrolled_at` is null it is the secret being enrolled. `totp_last_step` refuses a code's second
 * use, as for staff. `invited_by` is null for the first org admin (the applicant's contact).
 */
export const orgMembers = pgTable(
  'org_members',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    role: text('role').notNull(),
    language: asciiText('language').notNull(),
    invitedBy: bigint('invited_by', { mode: 'number' }),
    invitedAt: timestamp('invited_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    totpSealed: bytea('totp_sealed'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('org_members_email_key').on(t.email),
    index('org_members_org_idx').on(t.orgId),
    check('org_members_role_check', sql`${t.role} in ('org_admin', 'advocate')`),
  ],
);

/**
 * A sign-in link sent by email: the token is kept only as a keyed hash; at most 15 minutes; single use
 * (`used_at`, set by the POST of the confirmation page, never by following the link).
 */
export const orgSignInLinks = pgTable(
  'org_sign_in_links',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => orgMembers.id),
    tokenHash: bytea('token_hash').notNull(),
    /**
     * The token sealed under the data key (associated data: its hash) only so the email can print it, as an
     * access code's is; cleared when the link is used.
     */
    tokenSealed: bytea('token_sealed'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('org_sign_in_links_token_key').on(t.tokenHash),
    index('org_sign_in_links_member_idx').on(t.memberId, t.createdAt),
    check('org_sign_in_links_lifetime', sql`${t.expiresAt} <= ${t.createdAt} + interval '15 minutes'`),
  ],
);

/**
 * A signed-in member's browser. The cookie carries only this id (a random 32-byte value, base64url); each
 * request checks the row is live (not revoked, idle and absolute timeouts). `second_factor` is false until
 * the TOTP code (or its enrolment) is done; such a session reaches nothing but the second-factor page.
 */
export const orgSessions = pgTable(
  'org_sessions',
  {
    id: text('id').primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => orgMembers.id),
    secondFactor: boolean('second_factor').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('org_sessions_member_idx').on(t.memberId)],
);

/**
 * A client's case. `label_sealed` is what the advocate calls the case (a name or their own file number),
 * sealed with associated data `org-case:<id>`. `record_id` is set once a check run for the client found
 * their record among those disclosed (null: not checked yet, or not found; `checked_at` says which).
 */
export const orgCases = pgTable(
  'org_cases',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    openedBy: bigint('opened_by', { mode: 'number' })
      .notNull()
      .references(() => orgMembers.id),
    labelSealed: bytea('label_sealed').notNull(),
    keyVersion: smallint('key_version').notNull(),
    /** The client's language, for copies of notices requested for them. */
    language: asciiText('language').notNull(),
    recordId: bigint('record_id', { mode: 'number' }).references(() => affectedRecords.id),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('org_cases_org_idx').on(t.orgId, t.openedAt), index('org_cases_record_idx').on(t.recordId)],
);

/**
 * The client's written authorization on file for a case (26 U.S.C. 6103(c)): Form 8821, Form 2848 or a signed
 * consent, its scopes, the CAF number where there is one, the signed document (sealed like a claim document,
 * associated data `org-authorization:<id>`), start and expiry. Revoked by the organization or by the client
 * at once (`revoked_at`, `revoked_by` = 'member:<id>' or 'client'); a new authorization on the same case
 * replaces the older ones (`superseded_by`). Access through a case needs one that is live today.
 */
export const orgAuthorizations = pgTable(
  'org_authorizations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => orgCases.id),
    kind: text('kind').notNull(),
    scopeStatus: boolean('scope_status').notNull(),
    scopeCopies: boolean('scope_copies').notNull(),
    scopeClaim: boolean('scope_claim').notNull(),
    cafNumber: asciiText('caf_number'),
    documentSealed: bytea('document_sealed').notNull(),
    documentMediaType: asciiText('document_media_type').notNull(),
    documentSha256: bytea('document_sha256').notNull(),
    keyVersion: smallint('key_version').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => orgMembers.id),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    supersededBy: bigint('superseded_by', { mode: 'number' }),
  },
  (t) => [
    index('org_authorizations_case_idx').on(t.caseId),
    check('org_authorizations_kind_check', sql`${t.kind} in ('form_8821', 'form_2848', 'signed_consent')`),
    check('org_authorizations_dates', sql`${t.expiresOn} >= ${t.startsOn}`),
    check('org_authorizations_some_scope', sql`${t.scopeStatus} or ${t.scopeCopies} or ${t.scopeClaim}`),
    check('org_authorizations_caf_check', sql`${t.cafNumber} is null or ${t.cafNumber} ~ '^[0-9]{4}-[0-9]{5}R?$'`),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationDecisionRow = typeof organizationDecisions.$inferSelect;
export type OrgMemberRow = typeof orgMembers.$inferSelect;
export type OrgSessionRow = typeof orgSessions.$inferSelect;
export type OrgCaseRow = typeof orgCases.$inferSelect;
export type OrgAuthorizationRow = typeof orgAuthorizations.$inferSelect;
