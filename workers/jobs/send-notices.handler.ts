import { createHash } from 'node:crypto';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { findBatch } from '../../db/queries/batches';
import { completeBatchIfDone } from '../../db/queries/batch-completion';
import {
  deleteSettledSendGroupContent,
  findSendGroupContent,
  freezeSendGroupContent,
  loadSendGroup,
  markNotices,
  markNoticesSent,
} from '../../db/queries/notices';
import { loadOrgSendGroup } from '../../db/queries/org-notices';
import { withServiceScope } from '../../db/org-scope';
import type { Database } from '../../db/index';
import type { Sealer } from '../../lib/crypto';
import { composeMessages, type Composed, type SendMember } from '../../lib/notices/compose';
import type { OutgoingMessage } from '../../lib/notices/providers';
import type { PipelineContext } from '../pipeline-context';
import { sendNoticesPayloadSchema } from './send-notices';

export type SendResult = { sent: number; failed: number; skipped: number; attention: number };

/** The request's Idempotency-Key: the group and the exact notices in it, so a retry repeats the same request. */
export function idempotencyKeyFor(groupKey: string, noticeIds: number[]): string {
  return `${groupKey}/${createHash('sha256').update(noticeIds.join(',')).digest('hex').slice(0, 16)}`;
}

const contentAad = (groupKey: string) => Buffer.from(`send-group:${groupKey}`);

function openFrozen(sealer: Sealer, groupKey: string, sealed: Buffer): Map<number, OutgoingMessage> {
  const messages = JSON.parse(sealer.open(sealed, contentAad(groupKey))) as OutgoingMessage[];
  return new Map(messages.map((m) => [m.noticeId, m]));
}

/**
 * The group's messages as they were composed at its first attempt. Composing again could differ (a
 * re-import changed a name, a template was redeployed), and the provider answers a different body under
 * the same Idempotency-Key with a 409 although it may have accepted the first. So the first attempt's
 * messages are kept, sealed, and every retry sends exactly those; only a member the first attempt did not
 * compose (none, normally) is composed now.
 */
async function frozenMessages(members: SendMember[], groupKey: string, ctx: PipelineContext): Promise<Composed> {
  const kept = await findSendGroupContent(ctx.db, groupKey);
  let frozen = kept ? openFrozen(ctx.sealer, groupKey, kept) : new Map<number, OutgoingMessage>();
  const missing = members.filter((m) => !frozen.has(m.id));
  const composed = missing.length > 0 ? await composeMessages(missing, ctx) : { messages: [], unusable: [] };
  if (!kept && composed.messages.length > 0) {
    const sealed = ctx.sealer.seal(JSON.stringify(composed.messages), contentAad(groupKey));
    frozen = openFrozen(ctx.sealer, groupKey, await freezeSendGroupContent(ctx.db, groupKey, sealed));
  } else for (const m of composed.messages) frozen.set(m.noticeId, m);
  const unusable = composed.unusable.filter((u) => !frozen.has(u.noticeId));
  return { messages: members.flatMap((m) => frozen.get(m.id) ?? []), unusable };
}

/**
 * A group's notices still to send. Groups are made of one kind or the other (an organization's email is
 * grouped on its own, lib/orgs/notices.ts), so the organization tables, under row-level security and read
 * in the service scope, are looked at only for a group with no record notice in it.
 */
export async function loadSendMembers(db: Database, groupKey: string): Promise<SendMember[]> {
  const records = await loadSendGroup(db, groupKey);
  if (records.length > 0) return records;
  return withServiceScope(db, (tx) => loadOrgSendGroup(tx, groupKey));
}

export async function handleSendNotices(ctx: PipelineContext, job: Job, worker: Pick<Worker, 'rateLimit'>): Promise<SendResult> {
  const parsed = sendNoticesPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError('Bad send-notices payload');
  const { groupKey } = parsed.data;
  const { db } = ctx;
  const members = await loadSendMembers(db, groupKey);
  const result: SendResult = { sent: 0, failed: 0, skipped: 0, attention: 0 };
  if (members.length === 0) {
    await deleteSettledSendGroupContent(db, groupKey);
    return result;
  }

  // A paused batch's notices go back to the outbox; a cancelled batch's are cancelled.
  const batchStatus = new Map<number, string>();
  for (const id of new Set(members.map((m) => m.batchId).filter((b): b is number => b !== null))) {
    batchStatus.set(id, (await findBatch(db, id))?.status ?? 'cancelled');
  }
  const held = members.filter((m) => m.batchId !== null && batchStatus.get(m.batchId) === 'paused').map((m) => m.id);
  const dropped = members.filter((m) => m.batchId !== null && batchStatus.get(m.batchId) === 'cancelled').map((m) => m.id);
  await markNotices(db, held, 'pending');
  await markNotices(db, dropped, 'cancelled');
  const active = members.filter((m) => !held.includes(m.id) && !dropped.includes(m.id));
  result.skipped = held.length + dropped.length;

  const suppressed = active.filter((m) => m.channel === 'email' && m.suppressed).map((m) => m.id);
  await markNotices(db, suppressed, 'failed', { lastError: 'suppressed: an earlier email to this address bounced or was marked as spam' });
  const { messages, unusable } = await frozenMessages(
    active.filter((m) => !suppressed.includes(m.id)),
    groupKey,
    ctx,
  );
  for (const u of unusable) await markNotices(db, [u.noticeId], 'failed', { lastError: u.reason });
  result.failed += suppressed.length + unusable.length;

  if (messages.length > 0) {
    const channel = members[0]!.channel;
    const ids = messages.map((m) => m.noticeId);
    await markNotices(db, ids, 'sending', { countAttempt: true });
    // The provider serializes the request completely, then the transport waits for its slot and sends it.
    const outcome = await ctx.providers[channel].send(messages, idempotencyKeyFor(groupKey, ids), {
      transport: ctx.transport,
      pace: ctx.pace[channel],
    });
    switch (outcome.kind) {
      case 'accepted':
        await markNoticesSent(
          db,
          outcome.accepted.map((a) => ({ id: a.noticeId, messageId: a.messageId })),
        );
        for (const r of outcome.refused) await markNotices(db, [r.noticeId], 'failed', { lastError: r.reason });
        result.sent += outcome.accepted.length;
        result.failed += outcome.refused.length;
        // The provider says the window is spent: hold the queue rather than collect a 429.
        if (outcome.pauseMs) await worker.rateLimit(outcome.pauseMs);
        break;
      case 'rate_limited':
        await markNotices(db, ids, 'queued', { lastError: outcome.reason });
        await worker.rateLimit(outcome.retryAfterMs);
        // Back to the queue without counting as a failed attempt.
        throw Worker.RateLimitError();
      case 'retryable':
        await markNotices(db, ids, 'queued', { lastError: outcome.reason });
        throw new Error(outcome.reason);
      case 'permanent':
        await markNotices(db, ids, 'failed', { lastError: outcome.reason });
        result.failed += ids.length;
        break;
      case 'conflict':
        // Not retried and not failed: the provider may have accepted an earlier request under this key.
        await markNotices(db, ids, 'needs_attention', { lastError: outcome.reason });
        result.attention += ids.length;
        break;
    }
  }
  await deleteSettledSendGroupContent(db, groupKey);
  for (const id of batchStatus.keys()) await completeBatchIfDone(db, id);
  return result;
}

/** After the last retry: the group's notices are failed, with the last error kept. */
export async function failSendGroup(ctx: PipelineContext, groupKey: string, reason: string): Promise<void> {
  const members = await loadSendMembers(ctx.db, groupKey);
  await markNotices(
    ctx.db,
    members.map((m) => m.id),
    'failed',
    { lastError: reason.slice(0, 500) },
  );
  await deleteSettledSendGroupContent(ctx.db, groupKey);
  for (const id of new Set(members.map((m) => m.batchId).filter((b): b is number => b !== null))) await completeBatchIfDone(ctx.db, id);
}
