// The four-eyes rules of disposal certifications where they live, in the statements, on both drivers:
// the creator's own id is passed straight to the query functions and refused by the SQL itself; a record's
// disposal state follows the approved, not withdrawn, certifications covering it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../index';
import { getHasher, getSealer } from '../../lib/keys';
import { loadSyntheticRecords } from '../../lib/records/demo';
import { drivers, type TestDb } from '../../lib/testing/db';
import {
  approveDisposalCertification, findRecordDisposal, lockDisposalChanges, recordDisposalCertification, refreshDisposalMarks, withdrawDisposalCertification,
  type DisposalInput,
} from './disposal';

describe.each(drivers)('disposal certifications on %s', (_name, create) => {
  let t: TestDb;
  let codes: { id: number; code: string; category: string }[];

  beforeAll(async () => {
    t = await create();
    await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: 60, seed: 4 });
    codes = (await rowsOf<{ id: number; notice_code: string; category: string }>(t.db, sql`select id, notice_code, category::text from affected_records order by id`)).map((r) => ({
      id: Number(r.id), code: r.notice_code, category: r.category,
    }));
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
  });

  const input = (over: Partial<DisposalInput>): DisposalInput => ({
    certifiedOn: '2026-03-02', reference: 'DHS-Q', method: 'deletion', scope: 'all', scopeValue: [], recordedBy: 'creator', ...over,
  });
  const marked = async (ids: number[]) =>
    (await rowsOf<{ id: number; cert: number | null }>(t.db, sql`select id, disposal_certification_id as cert from affected_records where id in ${sql.raw(`(${ids.join(',')})`)} order by id`)).map((r) =>
      r.cert === null ? null : Number(r.cert),
    );
  /** What approveDisposal and withdrawDisposal do in their transaction, without the service around it. */
  const approve = (id: number, who: string) =>
    t.db.transaction(async (tx) => {
      await lockDisposalChanges(tx);
      const row = await approveDisposalCertification(tx, id, who);
      if (row) await refreshDisposalMarks(tx, id);
      return row;
    });
  const withdraw = (id: number, who: string) =>
    t.db.transaction(async (tx) => {
      await lockDisposalChanges(tx);
      const row = await withdrawDisposalCertification(tx, id, who, 'Recorded in error');
      const marks = row ? await refreshDisposalMarks(tx, id) : undefined;
      return row && { row, marks: marks! };
    });

  it('records a draft with its coverage and marks nothing', async () => {
    const first = codes.slice(0, 3);
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: first.map((c) => c.code) }));
    expect(cert).toMatchObject({ status: 'draft', recordsMarked: 3, approvedBy: null });
    expect(await marked(first.map((c) => c.id))).toEqual([null, null, null]);
    expect(await findRecordDisposal(t.db, first[0]!.id)).toBeUndefined();
    const [coverage] = await rowsOf<{ n: number }>(t.db, sql`select count(*)::int as n from disposal_coverage where certification_id = ${cert.id}`);
    expect(Number(coverage!.n)).toBe(3);
  });

  it('refuses the creator in the approval statement itself, then lets a second person approve', async () => {
    const one = codes[5]!;
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [one.code] }));
    expect(await approveDisposalCertification(t.db, cert.id, 'creator')).toBeUndefined();
    expect(await marked([one.id])).toEqual([null]);
    const approved = await approve(cert.id, 'second');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'second' });
    expect(await marked([one.id])).toEqual([cert.id]);
    expect(await findRecordDisposal(t.db, one.id)).toEqual({ certificationId: cert.id, certifiedOn: '2026-03-02', reference: 'DHS-Q', method: 'deletion' });
    // Approved once: a second approval changes nothing.
    expect(await approveDisposalCertification(t.db, cert.id, 'third')).toBeUndefined();
  });

  it('refuses the creator in the withdrawal statement of an approved certification; another withdraws it', async () => {
    const one = codes[6]!;
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [one.code] }));
    await approve(cert.id, 'second');
    expect(await withdrawDisposalCertification(t.db, cert.id, 'creator', 'mine')).toBeUndefined();
    expect(await marked([one.id])).toEqual([cert.id]);
    const withdrawn = await withdraw(cert.id, 'second');
    // History kept: who recorded, approved and withdrew it, and why.
    expect(withdrawn?.row).toMatchObject({ status: 'withdrawn', recordedBy: 'creator', approvedBy: 'second', withdrawnBy: 'second', withdrawalReason: 'Recorded in error' });
    expect(withdrawn?.marks).toEqual({ marked: 0, unmarked: 1, moved: 0 });
    expect(await marked([one.id])).toEqual([null]);
    expect(await findRecordDisposal(t.db, one.id)).toBeUndefined();
    // Withdrawn for good: neither approved nor withdrawn again.
    expect(await approveDisposalCertification(t.db, cert.id, 'third')).toBeUndefined();
    expect(await withdrawDisposalCertification(t.db, cert.id, 'third', 'again')).toBeUndefined();
  });

  it('lets the creator discard a draft, which changed nothing', async () => {
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[7]!.code] }));
    expect((await withdraw(cert.id, 'creator'))?.row).toMatchObject({ status: 'withdrawn', approvedBy: null, withdrawnBy: 'creator' });
  });

  it('refuses a creator-approved row even written around the statements (CHECK constraint)', async () => {
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[8]!.code] }));
    await expect(t.db.execute(sql`update disposal_certifications set status = 'approved', approved_by = recorded_by where id = ${cert.id}`)).rejects.toThrow();
  });

  it('keeps a record covered by a second approved certification when the first is withdrawn', async () => {
    const [a, b, c] = [codes[10]!, codes[11]!, codes[12]!];
    const first = await recordDisposalCertification(t.db, input({ reference: 'DHS-A', scope: 'notice_codes', scopeValue: [a.code, b.code] }));
    const second = await recordDisposalCertification(t.db, input({ reference: 'DHS-B', method: 'media_destruction', scope: 'notice_codes', scopeValue: [b.code, c.code] }));
    await approve(first.id, 'second');
    await approve(second.id, 'second');
    // The earlier approval holds b; the second takes only c.
    expect(await marked([a.id, b.id, c.id])).toEqual([first.id, first.id, second.id]);
    const out = await withdraw(first.id, 'second');
    expect(out?.marks).toEqual({ marked: 0, unmarked: 1, moved: 1 });
    expect(await marked([a.id, b.id, c.id])).toEqual([null, second.id, second.id]);
    expect(await findRecordDisposal(t.db, b.id)).toMatchObject({ reference: 'DHS-B', method: 'media_destruction' });
    expect(await findRecordDisposal(t.db, a.id)).toBeUndefined();
    await withdraw(second.id, 'second');
    expect(await marked([a.id, b.id, c.id])).toEqual([null, null, null]);
  });
});
