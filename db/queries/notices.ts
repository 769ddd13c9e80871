import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../index';
import { affectedRecords, devOutbox, emailSuppressions, notices, sendGroupContents, type Notice } from '../schema';
import type { Channel, NoticeType } from './batches';

export const SEND_GROUP_SIZE = 100;

export type NewNotice = {
  recordId: number;
  batchId: number | null;
  type: NoticeType;
  channel: Channel;
  dedupeKey: string;
  language: string;
  params?: Record<string, string | number>;
};

/**
 * Adds notices to the outbox and groups the new ones for sending (up to 100 per provider request, one
 * channel per group), marking them queued — all in the caller's transaction, so a notice is never queued
 * without its group. A notice that already exists for the same purpose is skipped. Returns the new groups.
 */
export async function addNoticesAndGroup(db: Executor, rows: NewNotice[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(notices)
    .values(rows.map((r) => ({ ...r, params: r.params ?? {} })))
    .onConflictDoNothing({ target: [notices.recordId, notices.type, notices.channel, notices.dedupeKey] })
    .returning({ id: notices.id, channel: notices.channel });
  return groupNotices(db, inserted);
}

/** Groups the given notices (pending ones) and marks them queued; the group key is derived from the ids. */
export async function groupNotices(db: Executor, items: { id: number; channel: Channel }[]): Promise<string[]> {
  const groups: string[] = [];
  for (const channel of ['email', 'letter'] as const) {
    const ids = items
      .filter((i) => i.channel === channel)
      .map((i) => i.id)
      .sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += SEND_GROUP_SIZE) {
      const part = ids.slice(i, i + SEND_GROUP_SIZE);
      const key = `notices-${channel}-${part[0]}-${part.at(-1)}-${part.length}`;
      await db
        .update(notices)
        .set({ status: 'queued', groupKey: key, updatedAt: sql`now()` })
        .where(and(inArray(notices.id, part), eq(notices.status, 'pending')));
      groups.push(key);
    }
  }
  return groups;
}

/** A notice about a record (an organization's email is an OrgGroupMember, db/queries/org-notices.ts). */
export type GroupMember = Omit<Notice, 'recordId'> & {
  kind: 'record';
  recordId: number;
  noticeCode: string;
  tinHash: Buffer;
  pii: Buffer;
  emailHash: Buffer | null;
  disclosedElements: string[];
  disclosedOn: string;
  category: string;
  disposalConfirmedAt: Date | null;
  suppressed: boolean;
};

/** The notices of a group that still need sending, with what the templates need from their records. */
export async function loadSendGroup(db: Executor, groupKey: string): Promise<GroupMember[]> {
  const rows = await db
    .select({
      notice: notices,
      noticeCode: affectedRecords.noticeCode,
      tinHash: affectedRecords.tinHash,
      pii: affectedRecords.pii,
      emailHash: affectedRecords.emailHash,
      disclosedElements: affectedRecords.disclosedElements,
      disclosedOn: affectedRecords.disclosedOn,
      category: affectedRecords.category,
      disposalConfirmedAt: affectedRecords.disposalConfirmedAt,
      suppressedReason: emailSuppressions.reason,
    })
    .from(notices)
    .innerJoin(affectedRecords, eq(affectedRecords.id, notices.recordId))
    .leftJoin(emailSuppressions, eq(emailSuppressions.emailHash, affectedRecords.emailHash))
    .where(and(eq(notices.groupKey, groupKey), inArray(notices.status, ['queued', 'sending'])))
    .orderBy(asc(notices.id));
  return rows.map(({ notice, suppressedReason, ...rest }) => ({
    ...notice,
    ...rest,
    kind: 'record' as const,
    recordId: notice.recordId!,
    suppressed: suppressedReason !== null,
  }));
}

export async function markNotices(
  db: Executor,
  ids: number[],
  status: Notice['status'],
  extra: { lastError?: string | null; countAttempt?: boolean } = {},
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notices)
    .set({
      status,
      updatedAt: sql`now()`,
      ...(extra.lastError !== undefined ? { lastError: extra.lastError } : {}),
      ...(extra.countAttempt ? { attempts: sql`${notices.attempts} + 1` } : {}),
    })
    .where(inArray(notices.id, ids));
}

/** Records the provider's acceptance; a notice already past `sent` (a webhook got there first) keeps its state. */
export async function markNoticesSent(db: Executor, accepted: { id: number; messageId: string }[]): Promise<void> {
  if (accepted.length === 0) return;
  await db.execute(sql`
    update notices n set status = case when n.status in ('queued', 'sending') then 'sent'::notice_status else n.status end,
      provider_message_id = a.message_id, sent_at = coalesce(n.sent_at, now()), updated_at = now(), last_error = null
    from json_to_recordset(${JSON.stringify(accepted.map((a) => ({ id: a.id, message_id: a.messageId })))}::json) as a(id bigint, message_id text)
    where n.id = a.id`);
  // The first accepted initial notice marks the person as notified.
  await db
    .update(affectedRecords)
    .set({ notifiedAt: sql`coalesce(${affectedRecords.notifiedAt}, now())` })
    .where(
      inArray(
        affectedRecords.id,
        db
          .select({ id: notices.recordId })
          .from(notices)
          .where(
            and(
              inArray(
                notices.id,
                accepted.map((a) => a.id),
              ),
              eq(notices.type, 'initial_notice'),
            ),
          ),
      ),
    );
}

/**
 * Keeps a group's first composed request, or answers the one already kept: whoever freezes first wins, so
 * two workers racing on one group (a stalled job taken up again) send the same bytes too.
 */
export async function freezeSendGroupContent(db: Executor, groupKey: string, sealed: Buffer): Promise<Buffer> {
  await db.insert(sendGroupContents).values({ groupKey, sealed }).onConflictDoNothing({ target: sendGroupContents.groupKey });
  return (await findSendGroupContent(db, groupKey))!;
}

export async function findSendGroupContent(db: Executor, groupKey: string): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ sealed: sendGroupContents.sealed })
    .from(sendGroupContents)
    .where(eq(sendGroupContents.groupKey, groupKey));
  return row ? (Buffer.isBuffer(row.sealed) ? row.sealed : Buffer.from(row.sealed)) : undefined;
}

/** Deletes a group's frozen request once none of its notices can be sent again (all settled one way or another). */
export async function deleteSettledSendGroupContent(db: Executor, groupKey: string): Promise<void> {
  await db.execute(sql`
    delete from send_group_contents c where c.group_key = ${groupKey}
      and not exists (select 1 from notices n where n.group_key = c.group_key and n.status in ('queued', 'sending'))`);
}

/** A batch's send groups that need a person (idempotency conflicts), with how many notices each holds. */
export async function groupsNeedingAttention(db: Executor, batchId: number): Promise<{ groupKey: string; notices: number }[]> {
  const rows = await rowsOf<{ group_key: string; n: number }>(
    db,
    sql`select group_key, count(*)::int as n from notices where batch_id = ${batchId} and status = 'needs_attention' group by group_key order by group_key`,
  );
  return rows.map((r) => ({ groupKey: r.group_key, notices: Number(r.n) }));
}

/** Groups whose notices have sat queued or sending since before `olderThan`: the queue may have lost them. */
export async function findStaleGroups(db: Executor, olderThan: Date, limit = 500): Promise<string[]> {
  const rows = await rowsOf<{ group_key: string }>(
    db,
    sql`select distinct group_key from notices
        where status in ('queued', 'sending') and group_key is not null and updated_at < ${olderThan.toISOString()}
        limit ${limit}`,
  );
  return rows.map((r) => r.group_key);
}

/** A paused batch's queued notices go back to pending; they are regrouped when it resumes. */
export async function unqueueBatchNotices(db: Executor, batchId: number): Promise<number> {
  const rows = await db
    .update(notices)
    .set({ status: 'pending', groupKey: null, updatedAt: sql`now()` })
    .where(and(eq(notices.batchId, batchId), eq(notices.status, 'queued')))
    .returning({ id: notices.id });
  return rows.length;
}

export async function pendingBatchNotices(db: Executor, batchId: number): Promise<{ id: number; channel: Channel }[]> {
  return db
    .select({ id: notices.id, channel: notices.channel })
    .from(notices)
    .where(and(eq(notices.batchId, batchId), eq(notices.status, 'pending')))
    .orderBy(asc(notices.id));
}

export async function cancelBatchNotices(db: Executor, batchId: number): Promise<number> {
  const rows = await db
    .update(notices)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(and(eq(notices.batchId, batchId), inArray(notices.status, ['pending', 'queued'])))
    .returning({ id: notices.id });
  return rows.length;
}

export async function findNotice(db: Executor, id: number): Promise<Notice | undefined> {
  const [row] = await db.select().from(notices).where(eq(notices.id, id));
  return row;
}

export async function countNoticesByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await rowsOf<{ status: string; n: number }>(db, sql`select status, count(*)::int as n from notices group by status`);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** What the development outbox holds for a record's notices of one type (sealed; lib/notices/providers.ts opens it). */
export async function findOutboxMessages(
  db: Executor,
  params: { recordId: number; type: NoticeType },
): Promise<{ noticeId: number; channel: Channel; sealed: Buffer; createdAt: Date }[]> {
  // A message past retention has no content left to read.
  const rows = await db
    .select({ noticeId: devOutbox.noticeId, channel: notices.channel, sealed: devOutbox.sealed, createdAt: devOutbox.createdAt })
    .from(devOutbox)
    .innerJoin(notices, eq(notices.id, devOutbox.noticeId))
    .where(and(eq(notices.recordId, params.recordId), eq(notices.type, params.type), isNotNull(devOutbox.sealed)))
    .orderBy(asc(devOutbox.id));
  return rows.map((r) => ({ ...r, sealed: Buffer.isBuffer(r.sealed) ? r.sealed : Buffer.from(r.sealed!) }));
}

export type PurgedContent = { outboxMessages: number; frozenRequests: number; errorDetails: number };

/**
 * Retention (NOTICE_RETENTION_DAYS, as GOV.UK Notify keeps message bodies 7 days): deletes what was sent —
 * the sealed message and its address in the development outbox, any frozen request a group left behind,
 * and provider error texts that can quote an address — for notices older than `olderThan`. Each notice's
 * row, status and timestamps stay, as does the audit log.
 */
export async function purgeNoticeContent(db: Executor, olderThan: Date): Promise<PurgedContent> {
  const before = olderThan.toISOString();
  const outbox = await rowsOf<{ id: number }>(
    db,
    sql`update dev_outbox set sealed = null, content_deleted_at = now() where sealed is not null and created_at < ${before} returning id`,
  );
  const frozen = await rowsOf<{ group_key: string }>(
    db,
    sql`delete from send_group_contents where created_at < ${before} returning group_key`,
  );
  // A validation error quotes the address it refused; the reason's name stays.
  const errors = await rowsOf<{ id: number }>(
    db,
    sql`update notices set last_error = split_part(last_error, ':', 1) || ': details deleted after the retention period'
        where last_error like 'validation_error:%' and last_error not like '%: details deleted after the retention period'
          and updated_at < ${before}
          and status not in ('pending', 'queued', 'sending') returning id`,
  );
  return { outboxMessages: outbox.length, frozenRequests: frozen.length, errorDetails: errors.length };
}

/** What an advocate with the client's authorization may see of the notices sent to a record: types, channels and dates, no content. */
export async function listRecordNoticeFacts(
  db: Executor,
  recordId: number,
): Promise<Pick<Notice, 'id' | 'type' | 'channel' | 'status' | 'sentAt' | 'deliveredAt' | 'createdAt'>[]> {
  return db
    .select({
      id: notices.id,
      type: notices.type,
      channel: notices.channel,
      status: notices.status,
      sentAt: notices.sentAt,
      deliveredAt: notices.deliveredAt,
      createdAt: notices.createdAt,
    })
    .from(notices)
    .where(eq(notices.recordId, recordId))
    .orderBy(asc(notices.id))
    .limit(100);
}
