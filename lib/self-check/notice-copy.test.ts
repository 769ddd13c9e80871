import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSendGroup } from '../../db/queries/notices';
import { auditLog, notices } from '../../db/schema';
import { composeMessages } from '../notices/compose';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, type Person, type SelfCheckHarness } from '../../testing/self-check';
import { requestNoticeCopy } from './notice-copy';

describe('requestNoticeCopy (PostgreSQL)', () => {
  let h: SelfCheckHarness;
  let ana: Person;
  let minh: Person;
  const session = (p: Person) => ({ recordId: p.recordId, via: 'letter' as const, expiresAt: Date.now() + 60_000 });
  const copiesOf = (p: Person) =>
    h.t.db
      .select()
      .from(notices)
      .where(and(eq(notices.recordId, p.recordId), eq(notices.type, 'notice_copy')))
      .orderBy(asc(notices.id));

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: [
        goodRow(),
        goodRow({
          tin: '123-45-6789',
          first_name: 'Minh',
          last_name: 'Nguyễn',
          email: '',
          zip: '77072',
          state: 'TX',
          city: 'Houston',
          language: 'vi',
        }),
      ],
    });
    [ana, minh] = h.people as [Person, Person];
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('refuses without a session', async () => {
    expect(await requestNoticeCopy(null, h.deps)).toEqual({ ok: false, error: { code: 'no_session' } });
    expect(await copiesOf(ana)).toEqual([]);
  });

  it('queues a letter and an email in the record language, enqueues them and audits the request', async () => {
    const before = h.enqueued.length;
    expect(await requestNoticeCopy(session(ana), h.deps)).toEqual({ ok: true, data: { status: 'queued', channels: ['letter', 'email'] } });
    const rows = await copiesOf(ana);
    expect(rows.map((n) => [n.channel, n.status, n.language])).toEqual([
      ['letter', 'queued', 'es'],
      ['email', 'queued', 'es'],
    ]);
    expect(h.enqueued.slice(before)).toEqual(expect.arrayContaining(rows.map((n) => n.groupKey)));
    const [entry] = await h.t.db.select().from(auditLog).where(eq(auditLog.action, 'record.notice_copy_requested'));
    expect(entry).toMatchObject({ recordId: ana.recordId, outcome: 'queued', detail: { via: 'letter', channels: 'letter+email' } });
    // The pipeline can compose it: a copy of the breach notice with the person's notice code.
    const composed = await composeMessages(await loadSendGroup(h.t.db, rows[0]!.groupKey!), {
      sealer: h.keys.sealer,
      portalUrl: 'https://check.example.org',
      demo: true,
      db: h.t.db,
    });
    expect(composed.unusable).toEqual([]);
    expect(composed.messages[0]!.text).toMatch(/copia de su Aviso de filtración de datos/i);
  });

  it('adds nothing more the same day, and says so', async () => {
    const before = h.enqueued.length;
    expect(await requestNoticeCopy(session(ana), h.deps)).toEqual({
      ok: true,
      data: { status: 'already_requested', channels: ['letter', 'email'] },
    });
    expect(await copiesOf(ana)).toHaveLength(2);
    expect(h.enqueued.length).toBe(before);
    const entries = await h.t.db.select().from(auditLog).where(eq(auditLog.action, 'record.notice_copy_requested'));
    expect(entries.map((e) => e.outcome)).toEqual(['queued', 'already_requested']);
  });

  it('takes a new request the next day', async () => {
    h.clock.advance(86_400_000);
    expect(await requestNoticeCopy(session(ana), h.deps)).toMatchObject({ ok: true, data: { status: 'queued' } });
    expect(await copiesOf(ana)).toHaveLength(4);
  });

  it('sends a letter only when the record has no email; refuses a record that does not exist', async () => {
    expect(await requestNoticeCopy(session(minh), h.deps)).toEqual({ ok: true, data: { status: 'queued', channels: ['letter'] } });
    expect(await requestNoticeCopy({ recordId: 999_999, via: 'letter', expiresAt: Date.now() + 1000 }, h.deps)).toEqual({
      ok: false,
      error: { code: 'no_record' },
    });
  });
});
