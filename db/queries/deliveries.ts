import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { affectedRecords, emailSuppressions, notices, webhookEvents } from '../schema';

export type DeliveryEventType =
  'email.sent' | 'email.delivered' | 'email.delivery_delayed' | 'email.bounced' | 'email.complained' | 'email.failed' | 'email.suppressed';

// A later event never moves a notice back: a delivery report after a bounce changes nothing.
const outcome: Partial<
  Record<DeliveryEventType, { status: 'sent' | 'delivered' | 'bounced' | 'complained' | 'failed'; rank: number; suppress?: string }>
> = {
  'email.sent': { status: 'sent', rank: 1 },
  'email.delivered': { status: 'delivered', rank: 2 },
  'email.bounced': { status: 'bounced', rank: 3, suppress: 'bounced' },
  'email.failed': { status: 'failed', rank: 3 },
  'email.suppressed': { status: 'failed', rank: 3, suppress: 'suppressed' },
  'email.complained': { status: 'complained', rank: 4, suppress: 'complained' },
};
const rankSql = sql`case ${notices.status} when 'sent' then 1 when 'delivered' then 2 when 'bounced' then 3 when 'failed' then 3 when 'complained' then 4 else 0 end`;

export type ApplyResult = 'applied' | 'duplicate' | 'unknown_message' | 'ignored';

/**
 * Applies one provider event exactly once (by its event id): updates the notice's status and, on a bounce
 * or complaint, suppresses further email to that address.
 */
export async function applyDeliveryEvent(db: Executor, event: { eventId: string; type: string; messageId: string }): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    const fresh = await tx.insert(webhookEvents).values({ id: event.eventId, type: event.type }).onConflictDoNothing().returning();
    if (fresh.length === 0) return 'duplicate';
    const effect = outcome[event.type as DeliveryEventType];
    if (!effect) return 'ignored';
    const [notice] = await tx
      .select({ id: notices.id, recordId: notices.recordId })
      .from(notices)
      .where(eq(notices.providerMessageId, event.messageId));
    if (!notice) return 'unknown_message';
    await tx
      .update(notices)
      .set({
        status: effect.status,
        updatedAt: sql`now()`,
        ...(effect.status === 'delivered' ? { deliveredAt: sql`now()` } : {}),
        ...(effect.status === 'failed' ? { lastError: event.type } : {}),
      })
      .where(and(eq(notices.id, notice.id), sql`${rankSql} < ${effect.rank}`));
    // An organization's email has no record: its address is a member's, not suppressed by a record's hash.
    if (effect.suppress && notice.recordId !== null) {
      const [record] = await tx
        .select({ emailHash: affectedRecords.emailHash })
        .from(affectedRecords)
        .where(eq(affectedRecords.id, notice.recordId));
      if (record?.emailHash) {
        await tx.insert(emailSuppressions).values({ emailHash: record.emailHash, reason: effect.suppress }).onConflictDoNothing();
        // Email still waiting for the same address will not go out.
        await tx
          .update(notices)
          .set({ status: 'failed', lastError: `suppressed: ${effect.suppress}`, updatedAt: sql`now()` })
          .where(
            and(
              eq(notices.channel, 'email'),
              inArray(notices.status, ['pending', 'queued']),
              inArray(
                notices.recordId,
                tx.select({ id: affectedRecords.id }).from(affectedRecords).where(eq(affectedRecords.emailHash, record.emailHash)),
              ),
            ),
          );
      }
    }
    return 'applied';
  });
}
