// The development outbox (dev_outbox): what was "sent" when no Resend key is set, and every letter. The
// listing carries no personal data; the sealed message is read only through findOutboxEntry, and opened
// (and audited) by the caller.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { devOutbox, notices } from '../schema';

export type OutboxListing = {
  id: number;
  noticeId: number;
  batchId: number | null;
  type: string;
  language: string;
  channel: 'email' | 'letter';
  createdAt: Date;
  /** When the retention job deleted the message itself; null while it is kept. */
  contentDeletedAt: Date | null;
};

const listingColumns = {
  id: devOutbox.id,
  noticeId: devOutbox.noticeId,
  batchId: notices.batchId,
  type: notices.type,
  language: notices.language,
  channel: notices.channel,
  createdAt: devOutbox.createdAt,
  contentDeletedAt: devOutbox.contentDeletedAt,
};

/** Newest first, a page at a time: `beforeId` is the last id of the previous page. */
export async function listOutboxEntries(
  db: Executor,
  options: { limit?: number; beforeId?: number; channel?: 'email' | 'letter' } = {},
): Promise<OutboxListing[]> {
  return db
    .select(listingColumns)
    .from(devOutbox)
    .innerJoin(notices, eq(notices.id, devOutbox.noticeId))
    .where(
      and(
        options.beforeId !== undefined ? lt(devOutbox.id, options.beforeId) : undefined,
        options.channel ? eq(notices.channel, options.channel) : undefined,
      ),
    )
    .orderBy(desc(devOutbox.id))
    .limit(options.limit ?? 50);
}

/** `recordId` is null for an organization's email (a member's sign-in link, an invitation). */
export type OutboxEntry = OutboxListing & { recordId: number | null; sealed: Buffer | null };

export async function findOutboxEntry(db: Executor, id: number): Promise<OutboxEntry | undefined> {
  const [row] = await db
    .select({ ...listingColumns, recordId: notices.recordId, sealed: devOutbox.sealed })
    .from(devOutbox)
    .innerJoin(notices, eq(notices.id, devOutbox.noticeId))
    .where(eq(devOutbox.id, id));
  return row;
}

export type NewOutboxMessage = { noticeId: number; idempotencyKey: string; messageId: string; sealed: Buffer };

/**
 * Stores messages "sent" to the outbox, all or none. One row per idempotency key: a retry under a key
 * already stored adds nothing and answers the message id first stored, in the order given.
 */
export async function addOutboxMessages(db: Executor, messages: NewOutboxMessage[]): Promise<string[]> {
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const m of messages) {
      const [row] = await tx
        .insert(devOutbox)
        .values(m)
        .onConflictDoUpdate({ target: devOutbox.idempotencyKey, set: { idempotencyKey: sql`excluded.idempotency_key` } })
        .returning({ messageId: devOutbox.messageId });
      ids.push(row!.messageId);
    }
    return ids;
  });
}
