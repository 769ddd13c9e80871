import { date, integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/**
 * Totals of events that have no record to name (a self-check that matched nothing), per UTC day. Each
 * increment goes to one of a few shards so busy counters do not queue on one row; readers sum the shards.
 */
export const eventCounters = pgTable(
  'event_counters',
  {
    day: date('day', { mode: 'string' }).notNull(),
    event: text('event').notNull(),
    shard: smallint('shard').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.event, t.shard] })],
);
