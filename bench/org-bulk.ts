// The bulk check's throughput (issue 15, item 5): a 1,000-row file (four in ten found, three not found, two
// on a revoked authorization, one with a problem) run by the real worker through BullMQ against a throwaway
// PostgreSQL database, timed from the upload to the run's finish. Each found row costs an audit entry (the
// audit chain's lock and last-hash read), a case update and the record lookup; the rest a lookup or nothing.
import { performance } from 'node:perf_hooks';
import { Worker } from 'bullmq';
import { migrate, openDatabase } from '../db/index';
import { acceptBulkUpload, readBulkProgress, type OrgBulkDeps } from '../lib/orgs/bulk';
import { getHasher, getSealer } from '../lib/keys';
import { bulkHeader, bulkLine, createTestCaseWithAuthorization, importTestPeople } from '../testing/org-bulk';
import { createTestMember, createTestOrganization } from '../testing/orgs';
import { databaseUrl, dropDatabase, uniqueName, withAdmin } from '../testing/postgres';
import { waitFor } from '../testing/wait';
import { createRedis } from '../workers/connection';
import { closeQueues, enqueueBulkCheck } from '../workers/enqueue';
import { BULK_CHUNK } from '../workers/jobs/run-bulk-check';
import { handleRunBulkCheck } from '../workers/jobs/run-bulk-check.handler';
import { queueNames } from '../workers/queues';

export type OrgBulkFigure = { rows: number; chunk: number; seconds: number; rowsPerSecond: number; found: number };

export async function runOrgBulkBench(options: { rows: number }): Promise<OrgBulkFigure> {
  const dbName = uniqueName('dc_bench_orgbulk');
  const prefix = uniqueName('dcbenchbulk');
  await withAdmin((s) => s.unsafe(`create database "${dbName}"`));
  const handle = await openDatabase({ databaseUrl: databaseUrl(dbName), dataDir: '.data', max: 4 });
  const keys = { hasher: getHasher(), sealer: getSealer() };
  let worker: Worker | undefined;
  try {
    await migrate(handle);
    const db = handle.db;
    const people = await importTestPeople(db, keys, 200);
    const member = { orgId: await createTestOrganization(db, 'Bench bulk (synthetic)'), memberId: 0 };
    member.memberId = await createTestMember(db, member.orgId, `bench-bulk-${Date.now()}@example.org`);
    const live: { caseId: number; authorizationId: number }[] = [];
    for (let i = 0; i < 50; i++) live.push(await createTestCaseWithAuthorization(db, keys.sealer, member));
    const revoked = await createTestCaseWithAuthorization(db, keys.sealer, member, { revoked: true });
    const lines = Array.from({ length: options.rows }, (_, i) => {
      const p = people[i % people.length]!;
      const auth = live[i % live.length]!.authorizationId;
      if (i % 10 < 4) return bulkLine(auth, p);
      if (i % 10 < 7) return bulkLine(auth, p, { zip: '10001' });
      if (i % 10 < 9) return bulkLine(revoked.authorizationId, p);
      return bulkLine(auth, p, { dob: 'not a date' });
    });
    const deps: OrgBulkDeps = {
      db,
      ...keys,
      config: { dailyRows: 100_000, resultsHours: 72, chunkSize: BULK_CHUNK },
      now: () => new Date(),
      enqueue: (bulkId, orgId) => enqueueBulkCheck(bulkId, orgId, prefix),
    };
    worker = new Worker(queueNames.orgBulk, (job) => handleRunBulkCheck(deps, job), { connection: createRedis(), prefix, concurrency: 1 });
    const started = performance.now();
    const r = await acceptBulkUpload(deps, member, bulkHeader + lines.join(''));
    if (!r.ok) throw new Error(`refused: ${r.error.code}`);
    const done = await waitFor(
      async () => {
        const p = await readBulkProgress(deps, member, r.data.bulkId);
        return p?.status === 'finished' && p;
      },
      'the bulk check to finish',
      600_000,
      20,
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      rows: options.rows,
      chunk: BULK_CHUNK,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(options.rows / seconds),
      found: done.found,
    };
  } finally {
    await worker?.close();
    await closeQueues();
    const redis = createRedis();
    const leftover = await redis.keys(`${prefix}:*`);
    if (leftover.length) await redis.del(...leftover);
    redis.disconnect();
    await handle.close();
    await dropDatabase(dbName);
  }
}

export function orgBulkTable(f: OrgBulkFigure): string {
  return [
    '| Rows | Rows per transaction | Upload to finish | Rows per second | Found |',
    '|---:|---:|---:|---:|---:|',
    `| ${f.rows.toLocaleString('en-US')} | ${f.chunk} | ${f.seconds} s | ${f.rowsPerSecond.toLocaleString('en-US')} | ${f.found} |`,
  ].join('\n');
}
