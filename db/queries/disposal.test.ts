// The four-eyes rules of disposal certifications where they live, in the statements, on both drivers:
// the creator's own id (for approval) and the requester's own id (for confirming a withdrawal) are passed
// straight to the query functions and refused by the SQL itself, and by CHECK constraints under it when a
// statement is written around them; a record's disposal state follows the approved, not withdrawn,
// certifications covering it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../index';
import { getHasher, getSealer } from '../../lib/keys';
import { loadSyntheticRecords } from '../../lib/records/demo';
import { drivers, type TestDb } from '../../testing/db';
import {
  approveDisposalCertification,
  cancelDisposalWithdrawal,
  confirmDisposalWithdrawal,
  discardDisposalDraft,
  findDisposalCertification,
  findRecordDisposal,
  lockDisposalChanges,
  recordDisposalCertification,
  refreshDisposalMarks,
  requestDisposalWithdrawal,
  type DisposalInput,
} from './disposal';

describe.each(drivers)('disposal certifications on %s', (_name, create) => {
  let t: TestDb;
  let codes: { id: number; code: string; category: string }[];

  beforeAll(async () => {
    t = await create();
    await loadSyntheticRecords({ db: t.db, hasher: getHasher(), sealer: getSealer(), count: 60, seed: 4 });
    codes = (
      await rowsOf<{ id: number; notice_code: string; category: string }>(
        t.db,
        sql`select id, notice_code, category::text from affected_records order by id`,
      )
    ).map((r) => ({
      id: Number(r.id),
      code: r.notice_code,
      category: r.category,
    }));
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
  });

  const input = (over: Partial<DisposalInput>): DisposalInput => ({
    certifiedOn: '2026-03-02',
    reference: 'DHS-Q',
    method: 'deletion',
    scope: 'all',
    scopeValue: [],
    recordedBy: 'creator',
    ...over,
  });
  const marked = async (ids: number[]) =>
    (
      await rowsOf<{ id: number; cert: number | null }>(
        t.db,
        sql`select id, disposal_certification_id as cert from affected_records where id in ${sql.raw(`(${ids.join(',')})`)} order by id`,
      )
    ).map((r) => (r.cert === null ? null : Number(r.cert)));
  /** What approveDisposal and withdrawDisposal do in their transaction, without the service around it. */
  const approve = (id: number, who: string) =>
    t.db.transaction(async (tx) => {
      await lockDisposalChanges(tx);
      const row = await approveDisposalCertification(tx, id, who);
      if (row) await refreshDisposalMarks(tx, id);
      return row;
    });
  /** The constraint a statement violated (drizzle wraps the driver's error; its cause names it), or "accepted". */
  const violation = async (statement: Promise<unknown>): Promise<string> => {
    try {
      await statement;
      return 'accepted';
    } catch (e) {
      const cause = (e as { cause?: { constraint_name?: string; constraint?: string; message?: string } }).cause;
      return cause?.constraint_name ?? cause?.constraint ?? cause?.message ?? String(e);
    }
  };
  /** What confirmDisposalWithdrawalRequest does in its transaction. */
  const confirm = (id: number, who: string) =>
    t.db.transaction(async (tx) => {
      await lockDisposalChanges(tx);
      const row = await confirmDisposalWithdrawal(tx, id, who);
      const marks = row ? await refreshDisposalMarks(tx, id) : undefined;
      return row && { row, marks: marks! };
    });
  /** Two people: `asker` requests, `confirmer` confirms. */
  const withdraw = async (id: number, confirmer: string, asker = 'asker') => {
    expect(await requestDisposalWithdrawal(t.db, id, asker, 'Recorded in error')).toBeDefined();
    return confirm(id, confirmer);
  };

  it('records a draft with its coverage and marks nothing', async () => {
    const first = codes.slice(0, 3);
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: first.map((c) => c.code) }));
    expect(cert).toMatchObject({ status: 'draft', recordsMarked: 3, approvedBy: null });
    expect(await marked(first.map((c) => c.id))).toEqual([null, null, null]);
    expect(await findRecordDisposal(t.db, first[0]!.id)).toBeUndefined();
    const [coverage] = await rowsOf<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from disposal_coverage where certification_id = ${cert.id}`,
    );
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
    expect(await findRecordDisposal(t.db, one.id)).toEqual({
      certificationId: cert.id,
      certifiedOn: '2026-03-02',
      reference: 'DHS-Q',
      method: 'deletion',
    });
    // Approved once: a second approval changes nothing.
    expect(await approveDisposalCertification(t.db, cert.id, 'third')).toBeUndefined();
  });

  it('withdraws an approved certification only with two people: a request changes nothing, the requester cannot confirm, another can', async () => {
    const one = codes[6]!;
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [one.code] }));
    await approve(cert.id, 'second');
    const publicAnswer = await findRecordDisposal(t.db, one.id);
    expect(publicAnswer).toMatchObject({ certificationId: cert.id });
    // Nothing to confirm before a request.
    expect(await confirmDisposalWithdrawal(t.db, cert.id, 'third')).toBeUndefined();
    // The creator may ask (often the first to learn it was wrong).
    const requested = await requestDisposalWithdrawal(t.db, cert.id, 'creator', 'Wrong notice code');
    expect(requested).toMatchObject({
      status: 'approved',
      withdrawalRequestedBy: 'creator',
      withdrawalReason: 'Wrong notice code',
      withdrawnBy: null,
    });
    expect(requested?.withdrawalRequestedAt).toBeInstanceOf(Date);
    // One request at a time.
    expect(await requestDisposalWithdrawal(t.db, cert.id, 'third', 'again')).toBeUndefined();
    // Requested, not confirmed: the mark and the public answer are as they were.
    expect(await marked([one.id])).toEqual([cert.id]);
    expect(await findRecordDisposal(t.db, one.id)).toEqual(publicAnswer);
    // The requester cannot confirm: the statement returns nothing, and nothing changed.
    expect(await confirm(cert.id, 'creator')).toBeUndefined();
    expect(await findDisposalCertification(t.db, cert.id)).toMatchObject({ status: 'approved', withdrawnBy: null });
    expect(await marked([one.id])).toEqual([cert.id]);
    // A second person confirms: the marks are reversed in the same transaction.
    const withdrawn = await confirm(cert.id, 'second');
    // History kept: who recorded, approved, asked and confirmed, and why.
    expect(withdrawn?.row).toMatchObject({
      status: 'withdrawn',
      recordedBy: 'creator',
      approvedBy: 'second',
      withdrawalRequestedBy: 'creator',
      withdrawnBy: 'second',
      withdrawalReason: 'Wrong notice code',
    });
    expect(withdrawn?.marks).toEqual({ marked: 0, unmarked: 1, moved: 0 });
    expect(await marked([one.id])).toEqual([null]);
    expect(await findRecordDisposal(t.db, one.id)).toBeUndefined();
    // Withdrawn for good: neither approved, asked for, confirmed nor cancelled again.
    expect(await approveDisposalCertification(t.db, cert.id, 'third')).toBeUndefined();
    expect(await requestDisposalWithdrawal(t.db, cert.id, 'third', 'again')).toBeUndefined();
    expect(await confirmDisposalWithdrawal(t.db, cert.id, 'third')).toBeUndefined();
    expect(await cancelDisposalWithdrawal(t.db, cert.id)).toBeUndefined();
  });

  it('lets the creator confirm a withdrawal someone else asked for: the two people are the requester and the confirmer', async () => {
    const one = codes[13]!;
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [one.code] }));
    await approve(cert.id, 'second');
    const out = await withdraw(cert.id, 'creator', 'third');
    expect(out?.row).toMatchObject({ status: 'withdrawn', withdrawalRequestedBy: 'third', withdrawnBy: 'creator' });
    expect(await marked([one.id])).toEqual([null]);
  });

  it('cancels a request with nothing else changed, after which the certification can be asked for again', async () => {
    const one = codes[14]!;
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [one.code] }));
    const approved = await approve(cert.id, 'second');
    const before = await findDisposalCertification(t.db, cert.id);
    expect(await cancelDisposalWithdrawal(t.db, cert.id)).toBeUndefined(); // nothing pending
    await requestDisposalWithdrawal(t.db, cert.id, 'asker', 'Maybe wrong');
    const cancelled = await cancelDisposalWithdrawal(t.db, cert.id);
    // It returns the request it dropped, so the caller can say whose it was.
    expect(cancelled).toMatchObject({ withdrawalRequestedBy: 'asker', withdrawalReason: 'Maybe wrong' });
    // The row is exactly as approved: no request, no reason, the same marks and public answer.
    expect(await findDisposalCertification(t.db, cert.id)).toEqual(before);
    expect(before).toMatchObject({
      status: 'approved',
      approvedBy: approved!.approvedBy,
      withdrawalRequestedBy: null,
      withdrawalReason: null,
    });
    expect(await marked([one.id])).toEqual([cert.id]);
    expect(await findRecordDisposal(t.db, one.id)).toMatchObject({ certificationId: cert.id });
    // A cancelled request cannot be confirmed; a new one can.
    expect(await confirm(cert.id, 'second')).toBeUndefined();
    expect((await withdraw(cert.id, 'second', 'asker'))?.row.status).toBe('withdrawn');
  });

  it('refuses a withdrawal confirmed by its requester, or with no request, even written around the statements (CHECK constraint)', async () => {
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[15]!.code] }));
    await approve(cert.id, 'second');
    // No request at all: an approved certification withdrawn in one step.
    expect(
      await violation(
        t.db.execute(
          sql`update disposal_certifications set status = 'withdrawn', withdrawn_by = 'second', withdrawn_at = now(), withdrawal_reason = 'x' where id = ${cert.id}`,
        ),
      ),
    ).toMatch(/withdrawer_not_requester/);
    await requestDisposalWithdrawal(t.db, cert.id, 'asker', 'Recorded in error');
    // The requester confirming their own request.
    expect(
      await violation(
        t.db.execute(
          sql`update disposal_certifications set status = 'withdrawn', withdrawn_by = withdrawal_requested_by, withdrawn_at = now() where id = ${cert.id}`,
        ),
      ),
    ).toMatch(/withdrawer_not_requester/);
    // A request with no reason, or on a draft.
    expect(await violation(t.db.execute(sql`update disposal_certifications set withdrawal_reason = null where id = ${cert.id}`))).toMatch(
      /withdrawal_request_consistent/,
    );
    const draft = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[16]!.code] }));
    expect(
      await violation(
        t.db.execute(
          sql`update disposal_certifications set withdrawal_requested_by = 'asker', withdrawal_requested_at = now(), withdrawal_reason = 'x' where id = ${draft.id}`,
        ),
      ),
    ).toMatch(/withdrawal_request_consistent/);
    expect(await findDisposalCertification(t.db, cert.id)).toMatchObject({ status: 'approved', withdrawalRequestedBy: 'asker' });
    // Through the statement, someone else: accepted.
    expect((await confirm(cert.id, 'second'))?.row.status).toBe('withdrawn');
  });

  it('lets the creator discard a draft in one step, which changed nothing; never an approved certification', async () => {
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[7]!.code] }));
    expect(await discardDisposalDraft(t.db, cert.id, 'creator', 'Typo')).toMatchObject({
      status: 'withdrawn',
      approvedBy: null,
      withdrawnBy: 'creator',
    });
    const approved = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[9]!.code] }));
    await approve(approved.id, 'second');
    expect(await discardDisposalDraft(t.db, approved.id, 'second', 'Typo')).toBeUndefined();
    expect(await marked([codes[9]!.id])).toEqual([approved.id]);
  });

  it('refuses a creator-approved row even written around the statements (CHECK constraint)', async () => {
    const cert = await recordDisposalCertification(t.db, input({ scope: 'notice_codes', scopeValue: [codes[8]!.code] }));
    await expect(
      t.db.execute(sql`update disposal_certifications set status = 'approved', approved_by = recorded_by where id = ${cert.id}`),
    ).rejects.toThrow();
  });

  it('keeps a record covered by a second approved certification when the first is withdrawn', async () => {
    const [a, b, c] = [codes[10]!, codes[11]!, codes[12]!];
    const first = await recordDisposalCertification(
      t.db,
      input({ reference: 'DHS-A', scope: 'notice_codes', scopeValue: [a.code, b.code] }),
    );
    const second = await recordDisposalCertification(
      t.db,
      input({ reference: 'DHS-B', method: 'media_destruction', scope: 'notice_codes', scopeValue: [b.code, c.code] }),
    );
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
