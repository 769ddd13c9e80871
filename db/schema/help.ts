import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The directory of local help that administrators maintain (app/admin/help-directory): organizations a
 * person can call or visit, shown on the result page to people in a state they serve who speak a language
 * they speak. Nothing personal in it. `languages` are lib/languages.ts codes, `states` USPS codes;
 * `counties` is free text ("Los Angeles County") shown as given. `hours` is the machine-readable form of
 * lib/help/hours.ts, so every locale can print it in its own words. `synthetic` marks demo entries, which
 * the public page labels as such. A removed entry keeps its row (`archived_at`), so the audit log's ids
 * keep pointing at something.
 */
export const helpDirectoryEntries = pgTable(
  'help_directory_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organization: text('organization').notNull(),
    languages: text('languages').array().notNull(),
    states: text('states').array().notNull(),
    counties: text('counties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phone: text('phone').notNull(),
    address: text('address').notNull(),
    hours: text('hours').notNull(),
    cost: text('cost').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    check('help_directory_entries_cost_check', sql`${t.cost} in ('free', 'low_cost')`),
    index('help_directory_entries_states_idx').using('gin', t.states),
  ],
);

export type HelpDirectoryEntry = typeof helpDirectoryEntries.$inferSelect;
