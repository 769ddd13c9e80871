// The bulk check through the real queue (PostgreSQL and Redis): one job for a check however often it is
// enqueued, progress reported, and a run that dies mid-file taken up again by BullMQ's retry from the
// committed checkpoint, with every row done exactly once.
import { Worker } from 'bullmq';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { acceptBulkUpload, downloadBulkResults, readBulkProgress, type OrgBulkDeps } from '../../lib/orgs/bulk';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { bulkHeader, bulkLine, createTestCaseWithAuthorization, importTestPeople } from '../../testing/org-bulk';
import { createTestMember, createTestOrganization } from '../../testing/orgs';
import { uniqueName } from '../../testing/postgres';
import type { Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { waitFor } from '../../testing/wait';
import { createRedis } from '../connection';
import { closeQueues, enqueueBulkCheck, getQueue } from '../enqueue';
import { queueNames } from '../queues';
import { runBulkCheckJobId } from './run-bulk-check';
import { handleRunBulkCheck } from './run-bulk-check.handler';

describe('run-bulk-check job', () => {
  let t: TestDb;
  const keys = testKeys();
  let people: Row[] = [];
  const member = { orgId: 0, memberId: 0 };
  const prefix = uniqueName('dcbulk');
  const config = { dailyRows: 2000, resultsHours: 72, chunkSize: 20 };

  beforeAll(async () => {
    t = await createPostgresTestDb();
    people = await importTestPeople(t.db, keys, 5);
    member.orgId = await createTestOrganization(t.db, 'Queue bulk (synthetic)');
    member.memberId = await createTestMember(t.db, member.orgId, `queue-bulk-${member.orgId}@example.org`);
  }, 60_000);
  afterAll(async () => {
    await closeQueues();
    const redis = createRedis();
    const leftover = await redis.keys(`${prefix}:*`);
    if (leftover.length) await redis.del(...leftover);
    redis.disconnect();
    await t?.dispose();
  });

  it('runs once however often it is enqueued, and a run that dies mid-file resumes with no row twice', async () => {
    const live = await createTestCaseWithAuthorization(t.db, keys.sealer, member);
    const revoked = await createTestCaseWithAuthorization(t.db, keys.sealer, member, { revoked: true });
    const lines = Array.from({ length: 150 }, (_, i) =>
      i % 3 === 0
        ? bulkLine(live.authorizationId, people[i % 5]!)
        : i % 3 === 1
          ? bulkLine(live.authorizationId, people[i % 5]!, { zip: '10001' })
          : bulkLine(revoked.authorizationId, people[i % 5]!),
    );
    const deps: OrgBulkDeps = {
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      config,
      now: () => new Date(),
      enqueue: async (bulkId, orgId) => {
        await enqueueBulkCheck(bulkId, orgId, prefix);
        await enqueueBulkCheck(bulkId, orgId, prefix);
      },
    };
    let crashed = false;
    const progress: number[] = [];
    const worker = new Worker(
      queueNames.orgBulk,
      (job) =>
        handleRunBulkCheck(
          {
            ...deps,
            afterChunk: async (processed) => {
              progress.push(processed);
              if (processed === 60 && !crashed) {
                crashed = true;
                throw new Error('worker died mid-file');
              }
            },
          },
          job,
        ),
      { connection: createRedis(), prefix },
    );
    try {
      const r = await acceptBulkUpload(deps, member, bulkHeader + lines.join(''));
      if (!r.ok) throw new Error(r.error.code);
      const { bulkId } = r.data;
      expect(await getQueue(queueNames.orgBulk, prefix).getJobCounts('waiting', 'active', 'delayed', 'completed')).toSatisfy(
        (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0) === 1,
      );
      const done = await waitFor(async () => {
        const p = await readBulkProgress(deps, member, bulkId);
        return p?.status === 'finished' && p;
      }, 'the bulk check to finish');
      expect(crashed).toBe(true);
      expect(done).toMatchObject({ total: 150, processed: 150, found: 50, notFound: 50, notLive: 50, invalid: 0 });
      expect(progress).toEqual([20, 40, 60, 80, 100, 120, 140]);
      const job = await getQueue(queueNames.orgBulk, prefix).getJob(runBulkCheckJobId(bulkId));
      expect(job?.attemptsMade).toBe(2);
      const csv = (await downloadBulkResults(deps, member, bulkId))!.trim().split('\n');
      expect(csv).toHaveLength(151);
      expect(csv.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
      const [audits] = await rowsOf<{ found: string; runs: string }>(
        t.db,
        sql`select count(*) filter (where action = 'org_bulk.record_found') as found, count(*) filter (where action = 'org_bulk.run') as runs
          from audit_log where detail->>'bulkId' = ${String(bulkId)}`,
      );
      expect({ found: Number(audits!.found), runs: Number(audits!.runs) }).toEqual({ found: 50, runs: 1 });
    } finally {
      await worker.close();
    }
  }, 60_000);
});
