import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'bullmq';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAuditLog } from '../../db/queries/audit-search';
import { findImportUpload } from '../../db/queries/import-uploads';
import { countRecords } from '../../db/queries/records';
import type { StaffPrincipal, StaffRole } from '../../lib/staff/principal';
import { acceptCsvUpload, getUploadStatus, rejectsCsv, type ImportDeps } from '../../lib/admin/imports';
import { importRecordsCsv } from '../../lib/records/import';
import { drivers, type TestDb } from '../../testing/db';
import { uniqueName } from '../../testing/postgres';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { waitFor } from '../../testing/wait';
import { createRedis } from '../connection';
import { closeQueues, enqueueImportUpload } from '../enqueue';
import { queueNames } from '../queues';
import { handleImportUpload, type ImportUploadDeps } from './import-upload.handler';
import { importUploadJobName } from './import-upload';

const as = (role: StaffRole): StaffPrincipal => ({ staffId: `staff-${role}`, role, email: `${role}@example.org` });

function formRequest(content: string) {
  const form = new FormData();
  form.set('file', new Blob([content], { type: 'text/csv' }), 'records.csv');
  const req = new Request('http://localhost/admin/imports/upload', { method: 'POST', body: form });
  return { body: req.body, contentType: req.headers.get('content-type'), contentLength: null as number | null };
}

// 50 distinct synthetic people; row 35 lives in Wyoming, which the failure test makes the database refuse.
const people: Row[] = Array.from({ length: 50 }, (_, i) =>
  goodRow({
    tin: `912-70-${String(1000 + i)}`,
    state: i === 34 ? 'WY' : 'CA',
    city: i === 34 ? 'Cheyenne' : 'Los Angeles',
    zip: i === 34 ? '82001' : '90011',
  }),
);

describe.each(drivers)('browser import on %s', (_name, create) => {
  let t: TestDb;
  let dir: string;
  let deps: ImportDeps;
  let jobDeps: ImportUploadDeps;
  const keys = testKeys();
  const queued: number[] = [];

  beforeAll(async () => {
    t = await create();
    dir = mkdtempSync(path.join(tmpdir(), 'dc-imports-'));
    deps = {
      db: t.db,
      auditKey: keys.hasher.auditKey,
      uploadsDir: dir,
      maxBytes: 1024 * 1024,
      enqueue: async (id) => void queued.push(id),
    };
    jobDeps = { db: t.db, hasher: keys.hasher, sealer: keys.sealer, uploadsDir: dir, batchSize: 10 };
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (csv: string) => {
    const r = await acceptCsvUpload(deps, as('notice_operator'), formRequest(csv));
    if (!r.ok) throw new Error(r.error);
    expect(queued.at(-1)).toBe(r.data.uploadId);
    return r.data.uploadId;
  };

  it('only administrators and notice operators may upload', async () => {
    for (const role of ['auditor', 'claims_reviewer'] as const) {
      expect(await acceptCsvUpload(deps, as(role), formRequest(toCsv(people)))).toEqual({
        ok: false,
        error: 'Your role cannot import records.',
      });
      expect(await getUploadStatus(deps, as(role), 1)).toEqual({ ok: false, error: 'Your role cannot see imports.' });
    }
  });

  it('rolls the whole file back when the database fails part way, where a plain import keeps the first batches', async () => {
    await t.db.execute(sql`create function refuse_wyoming() returns trigger language plpgsql as $$
      begin if new.state = 'WY' then raise exception 'simulated failure'; end if; return new; end $$`);
    await t.db.execute(sql`create trigger refuse_wyoming before insert on affected_records for each row execute function refuse_wyoming()`);
    try {
      const plain = await importRecordsCsv({
        db: t.db,
        hasher: keys.hasher,
        sealer: keys.sealer,
        input: Readable.from([toCsv(people)]),
        source: 'plain',
        actor: 'x',
        batchSize: 10,
      });
      expect(plain.status).toBe('failed');
      expect(await countRecords(t.db)).toBe(30); // what "half-imported" looks like
      await t.db.execute(sql`delete from affected_records`);

      const id = await upload(toCsv(people));
      const file = path.join(dir, (await findImportUpload(t.db, id))!.storedAs);
      expect(existsSync(file)).toBe(true);
      expect(await handleImportUpload(jobDeps, { data: { uploadId: id } })).toEqual({ status: 'failed' });
      expect(await countRecords(t.db)).toBe(0);
      const status = await getUploadStatus(deps, as('administrator'), id);
      expect(status).toMatchObject({
        ok: true,
        data: {
          status: 'failed',
          percent: 100,
          importId: null,
          error: 'The import stopped before the end of the file. Nothing was imported: correct the file if needed and upload it again.',
        },
      });
      expect(existsSync(file)).toBe(false);
      const audit = await searchAuditLog(t.db, { action: 'import.upload_failed' }, { size: 5 });
      expect(audit.rows[0]).toMatchObject({ actor: 'staff-notice_operator', outcome: 'rolled_back', detail: { uploadId: id } });
    } finally {
      await t.db.execute(sql`drop trigger refuse_wyoming on affected_records`);
    }
  });

  it('imports a file with bad lines, reports the counts, and offers the rejects without their values', async () => {
    const rows = [...people.slice(0, 20), goodRow({ tin: '000-12-3456' }), goodRow({ tin: '912-70-2000', date_of_birth: '1984-02-30' })];
    const id = await upload(toCsv(rows));
    expect(await handleImportUpload(jobDeps, { data: { uploadId: id } })).toEqual({ status: 'completed' });
    const status = await getUploadStatus(deps, as('notice_operator'), id);
    expect(status).toMatchObject({
      ok: true,
      data: { status: 'completed', percent: 100, lines: 22, rowsRead: 22, inserted: 20, rejected: 2 },
    });
    const rejects = await rejectsCsv(deps, as('administrator'), id);
    expect(rejects).toEqual({ ok: true, data: { csv: expect.stringMatching(/^line,reason\n22,[a-z_]+\n23,[a-z_]+\n$/), capped: false } });
    expect(await handleImportUpload(jobDeps, { data: { uploadId: id } })).toEqual({ status: 'skipped' });
    expect(await countRecords(t.db)).toBe(20);
  });

  it('runs from the queue in a worker, and deletes the file afterwards', async () => {
    const prefix = uniqueName('dcimp');
    const worker = new Worker(
      queueNames.importRecords,
      async (job) => (job.name === importUploadJobName ? handleImportUpload(jobDeps, job) : undefined),
      { connection: createRedis(), prefix },
    );
    try {
      const r = await acceptCsvUpload(
        { ...deps, enqueue: (id) => enqueueImportUpload(id, prefix) },
        as('administrator'),
        formRequest(toCsv(people.slice(0, 30))),
      );
      if (!r.ok) throw new Error(r.error);
      const done = await waitFor(async () => {
        const u = await findImportUpload(t.db, r.data.uploadId);
        return u?.status === 'completed' && u;
      }, 'the queued upload to be imported');
      expect(done).toMatchObject({ rowsRead: 30, inserted: 10, unchanged: 20 });
      expect(existsSync(path.join(dir, done.storedAs))).toBe(false);
    } finally {
      await worker.close();
      await closeQueues();
      const redis = createRedis();
      const leftover = await redis.keys(`${prefix}:*`);
      if (leftover.length) await redis.del(...leftover);
      redis.disconnect();
    }
  });
});
