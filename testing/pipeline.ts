// A notification pipeline under test: a throwaway PostgreSQL database with synthetic records, a queue
// prefix of its own in the real Redis, the local Resend-compatible server, and the service functions.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { affectedRecords, notices } from '../db/schema';
import { closeQueues } from '../workers/enqueue';
import { batchProgress } from '../db/queries/batches';
import { countNoticesByStatus } from '../db/queries/notices';
import { startResendServer, type ResendServer, type ResendServerOptions } from './resend-server';
import { formatNoticeCode } from '../lib/identifiers/notice-code';
import { getHasher, getSealer } from '../lib/keys';
import { pipelineDeps } from '../server/pipeline-deps';
import { createResendProvider } from '../lib/notices/providers';
import { actingAs, approveNoticeBatch, createNoticeBatch, startNoticeBatch, type ServiceDeps } from '../lib/notices/service';
import { loadSyntheticRecords } from '../lib/records/demo';
import { openRecordPii } from '../lib/records/seal';
import { createPostgresTestDb, type TestDb } from './db';
import { uniqueName } from './postgres';
import { deleteRedisPrefix } from './redis';
import { waitFor } from './wait';

export const TEST_API_KEY = 're_test_local_key';

export type PipelineHarness = {
  t: TestDb;
  prefix: string;
  server: ResendServer;
  deps: ServiceDeps;
  /** Approves a batch as a second staff member (the creator, `deps.actor`, cannot). */
  approve(id: number): Promise<void>;
  /** Approves (as the second staff member) and starts a batch. */
  approveAndStart(id: number, deps?: ServiceDeps): Promise<void>;
  emailProvider(): ReturnType<typeof createResendProvider>;
  runEmailBatch(name: string, type?: 'initial_notice' | 'notice_copy'): Promise<number>;
  waitForBatch(id: number, timeoutMs?: number): Promise<void>;
  /** Deletes every Redis key of this harness: what losing Redis looks like to the pipeline. */
  flushRedis(): Promise<number>;
  dispose(): Promise<void>;
};

export async function createPipelineHarness(records: number, server: ResendServerOptions = {}): Promise<PipelineHarness> {
  const t = await createPostgresTestDb();
  await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: records, seed: 11 });
  const prefix = uniqueName('dcpipe');
  const resend = await startResendServer({ apiKey: TEST_API_KEY, seed: 7, ...server });
  // The SDK reads its base URL when constructed; every provider built by this harness points here.
  process.env.RESEND_BASE_URL = resend.url;
  const deps: ServiceDeps = actingAs(pipelineDeps(t.db, prefix), 'tester');
  const harness: PipelineHarness = {
    t,
    prefix,
    server: resend,
    deps,
    async approve(id) {
      const approved = await approveNoticeBatch({ ...deps, actor: 'second-tester' }, id);
      if (!approved.ok) throw new Error(approved.error);
    },
    async approveAndStart(id, startDeps = deps) {
      await harness.approve(id);
      const started = await startNoticeBatch(startDeps, id);
      if (!started.ok) throw new Error(started.error);
    },
    emailProvider: () => createResendProvider({ apiKey: TEST_API_KEY, from: 'Disclosure Check <notices@example.org>', timeoutMs: 5000 }),
    async runEmailBatch(name, type = 'initial_notice') {
      const created = await createNoticeBatch(deps, { name, type, selection: { hasEmail: true, channels: ['email'] } });
      if (!created.ok) throw new Error(created.error);
      await harness.approveAndStart(created.data.id);
      return created.data.id;
    },
    async waitForBatch(id, timeoutMs = 60_000) {
      await waitFor(async () => (await batchProgress(t.db, id))?.batch.status === 'completed', `batch ${id} to complete`, timeoutMs, 200);
    },
    flushRedis: () => deleteRedisPrefix(prefix),
    async dispose() {
      await closeQueues();
      await harness.flushRedis();
      await resend.close();
      await t.dispose();
    },
  };
  return harness;
}

/**
 * Exactly once, to the right person: the server accepted as many emails as the batch has notices, the ids it
 * handed out are exactly the notices' provider ids (every notice accepted, none twice), and each accepted
 * email went to the address of the record its notice is for (opened from the record's sealed data, not
 * taken from anything the pipeline passed along), in that record's language, carrying that record's notice
 * code. Ids alone cannot tell a notice sent to the wrong person from one sent to the right one.
 */
export async function expectExactlyOnce(h: PipelineHarness, batchId: number): Promise<void> {
  const rows = await h.t.db
    .select({
      messageId: notices.providerMessageId,
      status: notices.status,
      noticeLanguage: notices.language,
      pii: affectedRecords.pii,
      tinHash: affectedRecords.tinHash,
      recordLanguage: affectedRecords.language,
      noticeCode: affectedRecords.noticeCode,
    })
    .from(notices)
    .innerJoin(affectedRecords, eq(affectedRecords.id, notices.recordId))
    .where(eq(notices.batchId, batchId));
  const accepted = h.server.stats().acceptedEmails;
  expect(rows.every((r) => r.status === 'sent')).toBe(true);
  expect(accepted.length).toBe(rows.length);
  expect(new Set(accepted.map((e) => e.id))).toEqual(new Set(rows.map((r) => r.messageId)));
  const acceptedById = new Map(accepted.map((e) => [e.id, e]));
  const sealer = getSealer();
  const wrong: string[] = [];
  for (const r of rows) {
    const email = h.server.getEmail(r.messageId!);
    const { email: address } = openRecordPii(sealer, r);
    const code = formatNoticeCode(r.noticeCode);
    const body = `${email?.html ?? ''}\n${email?.text ?? ''}`;
    // Said by number only: the addresses are personal data, even synthetic, and stay out of test output.
    if (acceptedById.get(r.messageId!)?.to.join() !== address || email?.to.join() !== address)
      wrong.push(`${r.messageId}: not to its record's address`);
    if (r.noticeLanguage !== r.recordLanguage) wrong.push(`${r.messageId}: notice in ${r.noticeLanguage}, record in ${r.recordLanguage}`);
    if (!email?.html?.includes(`lang="${r.recordLanguage}"`)) wrong.push(`${r.messageId}: no lang="${r.recordLanguage}" in the email`);
    if (!body.includes(code) && !body.includes(r.noticeCode)) wrong.push(`${r.messageId}: not its record's notice code`);
  }
  expect(wrong.slice(0, 10), `${wrong.length} of ${rows.length} emails not as their records say`).toEqual([]);
}

export { countNoticesByStatus };
