// The bulk check against the real database (both drivers): outcomes per row, the daily quota, a run killed
// mid-file and resumed, results deleted after their time, and another organization reaching nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withOrgScope, withServiceScope } from '../../db/org-scope';
import { findBulkCheck } from '../../db/queries/org-bulk';
import { drivers, type TestDb } from '../../testing/db';
import { bulkHeader, bulkLine, createTestCaseWithAuthorization, importTestPeople, readTestCase } from '../../testing/org-bulk';
import { createTestMember, createTestOrganization } from '../../testing/orgs';
import type { Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import {
  acceptBulkUpload,
  downloadBulkResults,
  purgeExpiredBulkChecks,
  readBulkProgress,
  requeueUnfinishedBulkChecks,
  type OrgBulkDeps,
} from './bulk';
import { runBulkCheck } from './bulk-run';

const auditCount = (t: TestDb, action: string, bulkId: number) =>
  rowsOf<{ n: string }>(
    t.db,
    sql`select count(*) as n from audit_log where action = ${action} and detail->>'bulkId' = ${String(bulkId)}`,
  ).then((r) => Number(r[0]!.n));

describe.each(drivers)('bulk check (%s)', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  let people: Row[] = [];
  const a = { orgId: 0, memberId: 0 };
  const b = { orgId: 0, memberId: 0 };
  const queued: number[] = [];
  let deps: OrgBulkDeps;

  beforeAll(async () => {
    t = await create();
    people = await importTestPeople(t.db, keys, 3);
    a.orgId = await createTestOrganization(t.db, 'Bulk A (synthetic)');
    a.memberId = await createTestMember(t.db, a.orgId, `bulk-a-${a.orgId}@example.org`);
    b.orgId = await createTestOrganization(t.db, 'Bulk B (synthetic)');
    b.memberId = await createTestMember(t.db, b.orgId, `bulk-b-${b.orgId}@example.org`);
    deps = {
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      config: { dailyRows: 1000, resultsHours: 72, chunkSize: 4 },
      now: () => new Date(),
      enqueue: async (bulkId) => void queued.push(bulkId),
    };
  }, 60_000);
  afterAll(() => t?.dispose());

  const upload = async (member: typeof a, text: string) => {
    const r = await acceptBulkUpload(deps, member, text);
    if (!r.ok) throw new Error(`refused: ${r.error.code}`);
    return r.data.bulkId;
  };

  it('gives each row its outcome, sets the found case, audits, and deletes the file', async () => {
    const live = await createTestCaseWithAuthorization(t.db, keys.sealer, a);
    const live2 = await createTestCaseWithAuthorization(t.db, keys.sealer, a);
    const revoked = await createTestCaseWithAuthorization(t.db, keys.sealer, a, { revoked: true });
    const expired = await createTestCaseWithAuthorization(t.db, keys.sealer, a, { startsOn: '2020-01-01', expiresOn: '2021-01-01' });
    const superseded = await createTestCaseWithAuthorization(t.db, keys.sealer, a, { superseded: true });
    const noScope = await createTestCaseWithAuthorization(t.db, keys.sealer, a, { scopeStatus: false });
    const otherOrg = await createTestCaseWithAuthorization(t.db, keys.sealer, b);
    const [p1, p2, p3] = people as [Row, Row, Row];
    const file =
      bulkHeader +
      bulkLine(live.authorizationId, p1) +
      bulkLine(live2.authorizationId, p2, { zip: '10001' }) +
      bulkLine(revoked.authorizationId, p2) +
      bulkLine(otherOrg.authorizationId, p1) +
      bulkLine(expired.authorizationId, p3) +
      bulkLine(superseded.authorizationId, p3) +
      bulkLine(noScope.authorizationId, p3) +
      bulkLine(live2.authorizationId, p2, { dob: '2990-01-01' }) +
      bulkLine('abc', p2, { last_name: ' ' }) +
      '1,2\n' +
      bulkLine(live2.authorizationId, p3, { dob: '3/9/1984', last_name: p3.last_name.toUpperCase() });
    const bulkId = await upload(a, file);
    expect(queued).toContain(bulkId);
    const run = await runBulkCheck(deps, { orgId: a.orgId, bulkId });
    expect(run).toEqual({ status: 'finished', processed: 11 });

    const csv = await downloadBulkResults(deps, a, bulkId);
    expect(csv).toBe(
      'row,authorization_id,case_id,outcome,reason\n' +
        `1,${live.authorizationId},${live.caseId},found,\n` +
        `2,${live2.authorizationId},${live2.caseId},not_found,\n` +
        `3,${revoked.authorizationId},,authorization_not_live,\n` +
        `4,${otherOrg.authorizationId},,authorization_not_live,\n` +
        `5,${expired.authorizationId},,authorization_not_live,\n` +
        `6,${superseded.authorizationId},,authorization_not_live,\n` +
        `7,${noScope.authorizationId},,authorization_not_live,no_status_scope\n` +
        `8,${live2.authorizationId},,invalid_row,date_of_birth:date_future\n` +
        '9,,,invalid_row,authorization_id:format;last_name:name_missing\n' +
        '10,,,invalid_row,row:column_count\n' +
        `11,${live2.authorizationId},${live2.caseId},found,\n`,
    );
    const progress = await readBulkProgress(deps, a, bulkId);
    expect(progress).toMatchObject({
      status: 'finished',
      total: 11,
      processed: 11,
      found: 2,
      notFound: 1,
      notLive: 5,
      invalid: 3,
      hasResults: true,
    });
    expect((await readTestCase(t.db, live.caseId)).recordId).toBeGreaterThan(0);
    expect((await readTestCase(t.db, revoked.caseId)).recordId).toBeNull();
    expect((await readTestCase(t.db, otherOrg.caseId)).recordId).toBeNull();
    expect(await auditCount(t, 'org_bulk.record_found', bulkId)).toBe(2);
    expect(await auditCount(t, 'org_bulk.run', bulkId)).toBe(1);
    expect(await auditCount(t, 'org_bulk.results_downloaded', bulkId)).toBe(1);
    const [stored] = await withServiceScope(t.db, (tx) =>
      rowsOf<{ upload: unknown }>(tx, sql`select upload_sealed as upload from org_bulk_checks where id = ${bulkId}`),
    );
    expect(stored!.upload).toBeNull();
    // The same job again (a retry, a second enqueue) does nothing more.
    expect(await runBulkCheck(deps, { orgId: a.orgId, bulkId })).toEqual({ status: 'already_finished', processed: 11 });
    expect(await auditCount(t, 'org_bulk.record_found', bulkId)).toBe(2);
  });

  it('refuses a file over what is left of the day, before anything runs', async () => {
    const org = { orgId: await createTestOrganization(t.db, 'Quota (synthetic)'), memberId: 0 };
    org.memberId = await createTestMember(t.db, org.orgId, `quota-${org.orgId}@example.org`);
    const small = { ...deps, config: { ...deps.config, dailyRows: 5 } };
    const lines = (n: number) => bulkHeader + Array.from({ length: n }, () => bulkLine(1, people[0]!)).join('');
    expect((await acceptBulkUpload(small, org, lines(3))).ok).toBe(true);
    const before = queued.length;
    expect(await acceptBulkUpload(small, org, lines(3))).toEqual({ ok: false, error: { code: 'quota', rows: 3, remaining: 2 } });
    expect(queued.length).toBe(before);
    expect((await acceptBulkUpload(small, org, lines(2))).ok).toBe(true);
    expect(await acceptBulkUpload(small, org, lines(1))).toEqual({ ok: false, error: { code: 'quota', rows: 1, remaining: 0 } });
    // Another organization's day is its own.
    expect((await acceptBulkUpload(small, b, lines(5))).ok).toBe(true);
  });

  it('refuses a file with the wrong header, and one with no rows', async () => {
    expect(await acceptBulkUpload(deps, a, 'authorization,ssn,dob,last_name,zip\n1,2,3,4,5\n')).toEqual({
      ok: false,
      error: { code: 'bad_header' },
    });
    expect(await acceptBulkUpload(deps, a, bulkHeader)).toEqual({ ok: false, error: { code: 'no_rows' } });
    expect(await acceptBulkUpload(deps, a, '')).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('resumes a run killed mid-file with no row done twice or skipped', async () => {
    const live = await createTestCaseWithAuthorization(t.db, keys.sealer, a);
    const lines = Array.from({ length: 30 }, (_, i) => bulkLine(live.authorizationId, people[i % 3]!, i % 2 ? { zip: '10001' } : {}));
    const bulkId = await upload(a, bulkHeader + lines.join(''));
    const crash = new Error('worker killed');
    let chunks = 0;
    const dying = {
      ...deps,
      afterChunk: async () =>
        void (
          ++chunks === 3 &&
          (() => {
            throw crash;
          })()
        ),
    };
    await expect(runBulkCheck(dying, { orgId: a.orgId, bulkId })).rejects.toBe(crash);
    expect((await readBulkProgress(deps, a, bulkId))!.processed).toBe(12);
    expect(await runBulkCheck(deps, { orgId: a.orgId, bulkId })).toEqual({ status: 'finished', processed: 30 });
    const csv = (await downloadBulkResults(deps, a, bulkId))!.trim().split('\n').slice(1);
    expect(csv.map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(csv.filter((l) => l.includes(',found,')).length).toBe(15);
    expect(await auditCount(t, 'org_bulk.record_found', bulkId)).toBe(15);
    expect(await auditCount(t, 'org_bulk.run', bulkId)).toBe(1);
  });

  it('deletes the results once their time is over, and keeps the figures', async () => {
    const bulkId = await upload(a, bulkHeader + bulkLine(1, people[0]!));
    await runBulkCheck(deps, { orgId: a.orgId, bulkId });
    const { expiresAt } = (await readBulkProgress(deps, a, bulkId))!;
    expect(expiresAt!.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    await purgeExpiredBulkChecks(t.db, keys.hasher.auditKey, new Date(expiresAt!.getTime() - 1000));
    expect(await downloadBulkResults(deps, a, bulkId)).toBeDefined();
    const purged = await purgeExpiredBulkChecks(t.db, keys.hasher.auditKey, new Date(expiresAt!.getTime() + 1000));
    expect(purged.purged).toBeGreaterThanOrEqual(1);
    expect(await downloadBulkResults(deps, a, bulkId)).toBeUndefined();
    expect(await readBulkProgress(deps, a, bulkId)).toMatchObject({ total: 1, processed: 1, hasResults: false });
    expect((await readBulkProgress(deps, a, bulkId))!.deletedAt).toBeInstanceOf(Date);
    const rows = await withServiceScope(t.db, (tx) => rowsOf(tx, sql`select 1 from org_bulk_rows where bulk_id = ${bulkId}`));
    expect(rows).toEqual([]);
  });

  it('queues again a check left unfinished (its job lost), and not a finished one', async () => {
    const lost = await upload(b, bulkHeader + bulkLine(1, people[0]!));
    const finished = await upload(b, bulkHeader + bulkLine(1, people[0]!));
    await runBulkCheck(deps, { orgId: b.orgId, bulkId: finished });
    const again: number[] = [];
    const soon = await requeueUnfinishedBulkChecks(t.db, async (id) => void again.push(id), new Date(Date.now() - 60_000));
    expect(again).not.toContain(lost);
    const later = await requeueUnfinishedBulkChecks(
      t.db,
      async (id, orgId) => void again.push(id * (orgId === b.orgId ? 1 : -1)),
      new Date(Date.now() + 60_000),
    );
    expect(again).toContain(lost);
    expect(again).not.toContain(finished);
    expect(later.requeued).toBeGreaterThan(soon.requeued);
    await runBulkCheck(deps, { orgId: b.orgId, bulkId: lost });
  });

  it("shows another organization nothing of a bulk check, by forged id, with or without the application's check", async () => {
    const bulkId = await upload(a, bulkHeader + bulkLine(1, people[0]!));
    await runBulkCheck(deps, { orgId: a.orgId, bulkId });
    expect(await readBulkProgress(deps, b, bulkId)).toBeUndefined();
    expect(await downloadBulkResults(deps, b, bulkId)).toBeUndefined();
    expect(await auditCount(t, 'org_bulk.results_downloaded', bulkId)).toBe(0);
    // The query names organization A, but runs in B's scope: row-level security still hides it.
    expect(await withOrgScope(t.db, b.orgId, (tx) => findBulkCheck(tx, { orgId: a.orgId, bulkId }))).toBeUndefined();
    expect(await withOrgScope(t.db, b.orgId, (tx) => rowsOf(tx, sql`select id from org_bulk_checks where id = ${bulkId}`))).toEqual([]);
    expect(await withOrgScope(t.db, b.orgId, (tx) => rowsOf(tx, sql`select row_no from org_bulk_rows where bulk_id = ${bulkId}`))).toEqual(
      [],
    );
    expect(await withOrgScope(t.db, a.orgId, (tx) => rowsOf(tx, sql`select id from org_bulk_checks where id = ${bulkId}`))).toHaveLength(1);
  });
});
