import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bytea } from './types';

/**
 * People who work in the admin area. `email` is stored normalized (trimmed, lower case) and is the
 * sign-in name. `password_hash` is an argon2id PHC string. The TOTP secret is sealed with the data key
 * (associated data `staff-totp:<id>`); while `totp_enrolled_at` is null it is the secret being enrolled.
 * `totp_last_step` refuses a code's second use. Roles: lib/staff/roles.ts.
 */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    totpSealed: bytea('totp_sealed'),
    totpEnrolledAt: timestamp('totp_enrolled_at', { withTimezone: true }),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Set for a generated (temporary) password: the user chooses their own before using anything. */
    passwordMustChange: boolean('password_must_change').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    uniqueIndex('staff_users_email_key').on(t.email),
    check(
      'staff_users_role_check',
      sql`${t.role} in ('administrator', 'notice_operator', 'claims_reviewer', 'payments_officer', 'auditor')`,
    ),
  ],
);

/** One-time recovery codes, kept only as keyed hashes; `used_at` set when one is spent. */
export const staffRecoveryCodes = pgTable(
  'staff_recovery_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => staffUsers.id),
    codeHash: bytea('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('staff_recovery_codes_hash_key').on(t.userId, t.codeHash)],
);

/**
 * A signed-in browser. The session cookie (a next-auth JWT) carries only this id; every request checks
 * the row is live (not revoked, idle and absolute timeouts) and touches `last_seen_at`, so revoking rows
 * signs browsers out at once. `second_factor` is false only for the session of a user who signed in with
 * the password to enrol, which reaches nothing but the enrolment page.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => staffUsers.id),
    secondFactor: boolean('second_factor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

export type StaffUser = typeof staffUsers.$inferSelect;
export type StaffSession = typeof staffSessions.$inferSelect;
