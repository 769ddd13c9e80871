import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSendGroup } from '../../db/queries/notices';
import { readEventCounters } from '../../db/queries/self-check';
import { accessCodes, auditLog, notices } from '../../db/schema';
import { todayUtc } from '../identifiers/dates';
import { formatNoticeCode, isValidNoticeCode } from '../identifiers/notice-code';
import { composeMessages } from '../notices/compose';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, dobParts, type Person, type SelfCheckHarness } from '../../testing/self-check';
import { checkWithLetter } from './letter';
import { requestCheckByMail } from './mail';

describe('the check without the letter (PostgreSQL, Redis)', () => {
  let h: SelfCheckHarness;
  let ana: Person;
  let minh: Person;
  const answer = { ok: true, data: { status: 'requested', accessCodeValidDays: 21 } };
  const ask = (p: Person, over: Record<string, unknown> = {}, address = '203.0.113.30') =>
    requestCheckByMail(
      { tin: p.row.tin, dob: dobParts(p.row.dateOfBirth), lastName: p.row.lastName, zip: p.row.zip, ...over },
      h.ctx(address),
    );
  const codesOf = (recordId: number) =>
    h.t.db.select().from(accessCodes).where(eq(accessCodes.recordId, recordId)).orderBy(asc(accessCodes.id));
  const noticesOf = (recordId: number) => h.t.db.select().from(notices).where(eq(notices.recordId, recordId)).orderBy(asc(notices.id));

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: [
        goodRow(),
        goodRow({
          tin: '123-45-6789',
          first_name: 'Minh',
          last_name: 'Nguyễn',
          date_of_birth: '1990-12-01',
          email: '',
          zip: '77072',
          state: 'TX',
          city: 'Houston',
          language: 'vi',
        }),
        goodRow({ tin: '900-70-1111', first_name: 'Jean', last_name: 'Pierre', date_of_birth: '1975-06-30', language: 'ht' }),
      ],
    });
    [ana, minh] = h.people as [Person, Person];
  });
  afterAll(async () => {
    await h.dispose();
  });
  beforeEach(async () => {
    await h.resetLimits();
  });

  it('on a match, makes an access code and a check_result letter and email, enqueues them, and audits it', async () => {
    expect(await ask(ana, { lastName: 'garcia', tin: '912 70 1234', zip: '90011-4321' })).toEqual(answer);
    const [code] = await codesOf(ana.recordId);
    expect(code).toBeDefined();
    expect(code!.expiresAt.getTime() - Date.now()).toBeGreaterThan(21 * 86_400_000 - 60_000);
    const sent = await noticesOf(ana.recordId);
    expect(sent.map((n) => [n.type, n.channel, n.status, n.language])).toEqual([
      ['check_result', 'letter', 'queued', 'es'],
      ['check_result', 'email', 'queued', 'es'],
    ]);
    expect(sent.every((n) => n.params.accessCodeId === code!.id && n.dedupeKey === `access-code:${code!.id}`)).toBe(true);
    expect(h.enqueued).toEqual(expect.arrayContaining([sent[0]!.groupKey, sent[1]!.groupKey]));
    const [entry] = await h.t.db.select().from(auditLog).where(eq(auditLog.action, 'record.checked_by_mail'));
    expect(entry).toMatchObject({
      actor: 'self-check',
      recordId: ana.recordId,
      outcome: 'matched',
      detail: { sent: true, accessCodeId: code!.id, channels: 'letter+email' },
    });
  });

  it('prints the access code in the notice, and that code opens the result with the date of birth', async () => {
    const [letter, email] = await noticesOf(ana.recordId);
    const ctx = { sealer: h.keys.sealer, portalUrl: 'https://check.example.org', demo: true, db: h.t.db };
    const composed = await composeMessages(
      [...(await loadSendGroup(h.t.db, letter!.groupKey!)), ...(await loadSendGroup(h.t.db, email!.groupKey!))],
      ctx,
    );
    expect(composed.unusable).toEqual([]);
    expect(composed.messages).toHaveLength(2);
    const printed = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(
      composed.messages[1]!.text.replace(formatNoticeCode(ana.noticeCode), ''),
    )?.[1];
    expect(printed && isValidNoticeCode(printed.replace(/-/g, ''))).toBe(true);
    for (const m of composed.messages) expect(m.text).toContain(printed);
    expect(composed.messages[0]!.to).toContain(ana.row.street);
    expect(await checkWithLetter({ code: printed, dob: dobParts(ana.row.dateOfBirth) }, h.ctx())).toEqual({
      ok: true,
      data: { recordId: ana.recordId, via: 'access_code' },
    });
  });

  it('sends a letter only when the record has no email', async () => {
    expect(await ask(minh, { lastName: 'NGUYEN' })).toEqual(answer);
    expect((await noticesOf(minh.recordId)).map((n) => n.channel)).toEqual(['letter']);
  });

  it('sends at most one per record per week, and answers the same meanwhile', async () => {
    const before = (await codesOf(ana.recordId)).length;
    expect(await ask(ana)).toEqual(answer);
    expect(await codesOf(ana.recordId)).toHaveLength(before);
    const entries = await h.t.db.select().from(auditLog).where(eq(auditLog.action, 'record.checked_by_mail'));
    expect(entries.at(-1)).toMatchObject({
      actor: 'self-check',
      recordId: ana.recordId,
      outcome: 'matched',
      detail: { sent: false, reason: 'one_per_period' },
    });
    h.clock.advance(7 * 86_400_000 + 60_000);
    try {
      expect(await ask(ana)).toEqual(answer);
      expect(await codesOf(ana.recordId)).toHaveLength(before + 1);
      expect(await noticesOf(ana.recordId)).toHaveLength(4);
    } finally {
      h.clock.advance(-(7 * 86_400_000 + 60_000));
    }
  });

  it('sends nothing and keeps nothing but a count when the details do not match, and answers the same', async () => {
    const jean = h.people[2]!;
    const codesBefore = (await h.t.db.select().from(accessCodes)).length;
    const noticesBefore = (await h.t.db.select().from(notices)).length;
    const auditBefore = (await h.t.db.select().from(auditLog)).length;
    const countsBefore = await readEventCounters(h.t.db, todayUtc());
    const enqueuedBefore = h.enqueued.length;
    const misses = [
      { tin: '123-45-6780' }, // no such record
      { dob: { month: '6', day: '29', year: '1975' } },
      { lastName: 'Paul' },
      { zip: '90012' },
    ];
    for (const miss of misses) expect(await ask(jean, miss)).toEqual(answer);
    expect(await h.t.db.select().from(accessCodes)).toHaveLength(codesBefore);
    expect(await h.t.db.select().from(notices)).toHaveLength(noticesBefore);
    expect(await h.t.db.select().from(auditLog)).toHaveLength(auditBefore);
    expect(h.enqueued).toHaveLength(enqueuedBefore);
    const countsAfter = await readEventCounters(h.t.db, todayUtc());
    expect((countsAfter['mail_check.unmatched'] ?? 0) - (countsBefore['mail_check.unmatched'] ?? 0)).toBe(4);
  });

  it('charges a match and a miss alike against the limits', async () => {
    await ask(ana, {}, '198.51.100.1');
    await ask(ana, { lastName: 'Nobody' }, '198.51.100.2');
    expect(await h.deps.limits.addressUsage('198.51.100.1')).toBe(1);
    expect(await h.deps.limits.addressUsage('198.51.100.2')).toBe(1);
  });

  it('names each wrong field before looking anything up', async () => {
    const result = await requestCheckByMail(
      { tin: '666-01-2345', dob: { month: '2', day: '30', year: '1980' }, lastName: '', zip: 'ABCDE' },
      h.ctx(),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', fields: { tin: 'ssn_area', dob: 'date_impossible', lastName: 'name_missing', zip: 'zip_format' } },
    });
  });

  it('issues one code when the same person asks several times at once', async () => {
    const jean = h.people[2]!;
    const results = await Promise.all([1, 2, 3].map((i) => ask(jean, {}, `198.51.100.${10 + i}`)));
    expect(results).toEqual([answer, answer, answer]);
    expect(await codesOf(jean.recordId)).toHaveLength(1);
  });

  it('answers the same when the work behind a match fails, and tells operators by id only', async () => {
    const logged: [string, Record<string, unknown>][] = [];
    const failing = await createSelfCheckHarness({
      rows: [goodRow({ tin: '900-70-2222', email: '' })],
      log: (event, detail) => logged.push([event, detail]),
    });
    try {
      failing.deps.enqueueGroups = () => Promise.reject(new Error('queue down'));
      const p = failing.people[0]!;
      const result = await requestCheckByMail(
        { tin: p.row.tin, dob: dobParts(p.row.dateOfBirth), lastName: p.row.lastName, zip: p.row.zip },
        failing.ctx(),
      );
      expect(result).toEqual(answer);
      expect(logged).toEqual([['mail_check_failed', { errorId: expect.any(String), error: 'Error' }]]);
    } finally {
      await failing.dispose();
    }
  });
});
