// Retention: bodies and addresses of notices sent more than NOTICE_RETENTION_DAYS ago are deleted from the
// development outbox (and any frozen request a group left behind), while every notice's row, status and
// timestamps, and the audit log, stay. Against the real PostgreSQL.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/queries/audit';
import { findSendGroupContent, freezeSendGroupContent } from '../../db/queries/notices';
import { affectedRecords, auditLog, devOutbox, notices } from '../../db/schema';
import { getHasher, getSealer } from '../../lib/keys';
import { createOutboxProvider, openOutboxMessage } from '../../lib/notices/providers';
import { loadSyntheticRecords } from '../../lib/records/demo';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { handlePurgeNoticeContent } from './purge-notice-content.handler';

let t: TestDb;
beforeAll(async () => {
  t = await createPostgresTestDb();
  await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: 10, seed: 5 });
});
afterAll(async () => {
  await t.dispose();
});

const auditCount = async () => Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n);

describe('notice content retention', () => {
  it('deletes sent bodies and addresses past the retention period and keeps statuses, timestamps and the audit log', async () => {
    const db = t.db;
    const sealer = getSealer();
    const records = await db.select({ id: affectedRecords.id }).from(affectedRecords).orderBy(asc(affectedRecords.id)).limit(4);
    const rows = await db
      .insert(notices)
      .values(
        records.map((r) => ({
          recordId: r.id,
          type: 'initial_notice' as const,
          channel: 'letter' as const,
          dedupeKey: 'initial',
          language: 'en',
          status: 'sent' as const,
        })),
      )
      .returning({ id: notices.id });
    const ids = rows.map((r) => r.id);
    const sent = await createOutboxProvider(db, sealer, 'letter').send(
      ids.map((noticeId) => ({
        noticeId,
        to: `Person ${noticeId}\n1 Main St\nTown, ST 00000`,
        subject: 'Notice',
        html: '<p>Notice</p>',
        text: 'Notice',
      })),
      'notices-letter-test',
    );
    expect(sent.kind).toBe('accepted');
    const [oldA, oldB, newA, newB] = ids as [number, number, number, number];
    // Two were sent ten days ago, two an hour ago.
    await db.execute(sql`update dev_outbox set created_at = now() - interval '10 days' where notice_id in (${oldA}, ${oldB})`);
    await db.execute(
      sql`update notices set created_at = now() - interval '10 days', sent_at = now() - interval '10 days', updated_at = now() - interval '10 days' where id in (${oldA}, ${oldB})`,
    );
    await db.execute(
      sql`update notices set status = 'failed', last_error = 'validation_error: Invalid \`to\` field: person@example.org' where id = ${oldB}`,
    );
    await db.execute(sql`update notices set updated_at = now() - interval '10 days' where id = ${oldB}`);
    // A group whose request was frozen and never settled (its worker died), and a fresh one.
    await freezeSendGroupContent(db, 'notices-email-1-2-2', sealer.seal('[]', Buffer.from('send-group:notices-email-1-2-2')));
    await db.execute(sql`update send_group_contents set created_at = now() - interval '10 days'`);
    await freezeSendGroupContent(db, 'notices-email-3-4-2', sealer.seal('[]', Buffer.from('send-group:notices-email-3-4-2')));
    const noticesBefore = await db.select().from(notices).where(inArray(notices.id, ids)).orderBy(asc(notices.id));
    const auditBefore = await auditCount();

    const purged = await handlePurgeNoticeContent(db, 7);
    expect(purged).toEqual({ outboxMessages: 2, frozenRequests: 1, errorDetails: 1 });

    const outbox = await db.select().from(devOutbox).where(inArray(devOutbox.noticeId, ids)).orderBy(asc(devOutbox.noticeId));
    expect(outbox.map((o) => [o.noticeId, o.sealed === null, o.contentDeletedAt !== null])).toEqual([
      [oldA, true, true],
      [oldB, true, true],
      [newA, false, false],
      [newB, false, false],
    ]);
    // The rows themselves stay, and what is within retention still opens.
    expect(openOutboxMessage(sealer, { noticeId: newA, sealed: Buffer.from(outbox[2]!.sealed!) }).to).toContain(`Person ${newA}`);
    expect(await findSendGroupContent(db, 'notices-email-1-2-2')).toBeUndefined();
    expect(await findSendGroupContent(db, 'notices-email-3-4-2')).toBeDefined();
    const noticesAfter = await db.select().from(notices).where(inArray(notices.id, ids)).orderBy(asc(notices.id));
    for (const [i, before] of noticesBefore.entries()) {
      const after = noticesAfter[i]!;
      expect([after.status, after.createdAt, after.sentAt, after.updatedAt, after.providerMessageId]).toEqual([
        before.status,
        before.createdAt,
        before.sentAt,
        before.updatedAt,
        before.providerMessageId,
      ]);
    }
    const failed = noticesAfter.find((n) => n.id === oldB)!;
    expect(failed.lastError).toBe('validation_error: details deleted after the retention period');
    // The audit log keeps everything it had, says what was deleted, and its chain still verifies.
    expect(await auditCount()).toBe(auditBefore + 1);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'notices.content_purged'));
    expect(entry!.detail).toMatchObject({ retentionDays: 7, outboxMessages: 2, frozenRequests: 1, errorDetails: 1 });
    expect((await verifyAuditChain(db, getHasher().auditKey)).ok).toBe(true);

    // Nothing more to delete: nothing changes, nothing is logged.
    expect(await handlePurgeNoticeContent(db, 7)).toEqual({ outboxMessages: 0, frozenRequests: 0, errorDetails: 0 });
    expect(await auditCount()).toBe(auditBefore + 1);
    // A longer retention period keeps what a shorter one would delete.
    await db.execute(sql`update dev_outbox set created_at = now() - interval '10 days' where notice_id = ${newA}`);
    expect((await handlePurgeNoticeContent(db, 30)).outboxMessages).toBe(0);
  });
});
