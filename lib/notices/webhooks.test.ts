import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { Webhook } from 'svix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNoticesAndGroup, findNotice, markNoticesSent } from '../../db/queries/notices';
import { findRecordByTinHash } from '../../db/queries/records';
import { emailSuppressions, notices } from '../../db/schema';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { importRecordsCsv } from '../records/import';
import { receiveResendWebhook } from './webhooks';

const secret = `whsec_${randomBytes(24).toString('base64')}`;

function signed(body: object, opts: { id?: string; at?: Date; key?: string } = {}) {
  const raw = JSON.stringify(body);
  const id = opts.id ?? `msg_${randomBytes(6).toString('hex')}`;
  const at = opts.at ?? new Date();
  const signature = new Webhook(opts.key ?? secret).sign(id, at, raw);
  const headers = new Headers({ 'svix-id': id, 'svix-timestamp': String(Math.floor(at.getTime() / 1000)), 'svix-signature': signature });
  return { raw, headers, id };
}

describe.each(drivers)('Resend webhooks on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  let first: number;
  let second: number;

  beforeAll(async () => {
    t = await create();
    const csv = toCsv([
      goodRow({ tin: '912-90-0001', email: 'one@example.com' }),
      goodRow({ tin: '912-90-0002', email: 'two@example.com' }),
    ]);
    await importRecordsCsv({ db: t.db, ...keys, input: Readable.from([csv]), source: 'w.csv', actor: 't' });
    const r1 = (await findRecordByTinHash(t.db, keys.hasher.tin('912900001')))!;
    const r2 = (await findRecordByTinHash(t.db, keys.hasher.tin('912900002')))!;
    await addNoticesAndGroup(t.db, [
      { recordId: r1.id, batchId: null, type: 'initial_notice', channel: 'email', dedupeKey: 'initial', language: 'es' },
      { recordId: r2.id, batchId: null, type: 'initial_notice', channel: 'email', dedupeKey: 'initial', language: 'es' },
      // A second notice to the first address, still waiting: a bounce must stop it.
      { recordId: r1.id, batchId: null, type: 'notice_copy', channel: 'email', dedupeKey: 'copy-1', language: 'es' },
    ]);
    const rows = await t.db.select().from(notices).orderBy(notices.id);
    first = rows[0]!.id;
    second = rows[1]!.id;
    await markNoticesSent(t.db, [
      { id: first, messageId: 'em_first' },
      { id: second, messageId: 'em_second' },
    ]);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const event = (type: string, emailId: string) => ({ type, created_at: new Date().toISOString(), data: { email_id: emailId } });

  it('refuses a bad, missing or stale signature and changes nothing', async () => {
    const good = signed(event('email.delivered', 'em_first'));
    const wrongKey = signed(event('email.delivered', 'em_first'), { key: `whsec_${randomBytes(24).toString('base64')}` });
    const stale = signed(event('email.delivered', 'em_first'), { at: new Date(Date.now() - 10 * 60 * 1000) });
    const tampered = { ...good, raw: good.raw.replace('delivered', 'bounced') };
    const missing = { raw: good.raw, headers: new Headers() };
    for (const attempt of [wrongKey, stale, tampered, missing]) {
      const res = await receiveResendWebhook(t.db, secret, attempt.raw, attempt.headers);
      expect(res.status).toBe(401);
    }
    expect((await findNotice(t.db, first))!.status).toBe('sent');
    expect((await receiveResendWebhook(t.db, undefined, good.raw, good.headers)).status).toBe(503);
  });

  it('applies a delivery once; a replayed event changes nothing', async () => {
    const delivered = signed(event('email.delivered', 'em_first'));
    expect((await receiveResendWebhook(t.db, secret, delivered.raw, delivered.headers)).body.result).toBe('applied');
    expect((await findNotice(t.db, first))!.status).toBe('delivered');
    expect((await receiveResendWebhook(t.db, secret, delivered.raw, delivered.headers)).body.result).toBe('duplicate');
  });

  it('never moves a notice backwards', async () => {
    const late = signed(event('email.sent', 'em_first'));
    await receiveResendWebhook(t.db, secret, late.raw, late.headers);
    expect((await findNotice(t.db, first))!.status).toBe('delivered');
  });

  it('on a bounce, marks the notice and stops further email to that address', async () => {
    const bounced = signed(event('email.bounced', 'em_first'));
    expect((await receiveResendWebhook(t.db, secret, bounced.raw, bounced.headers)).body.result).toBe('applied');
    expect((await findNotice(t.db, first))!.status).toBe('bounced');
    const waiting = (await t.db.select().from(notices).where(eq(notices.type, 'notice_copy')))[0]!;
    expect(waiting.status).toBe('failed');
    expect(waiting.lastError).toMatch(/suppressed/);
    expect(await t.db.select().from(emailSuppressions)).toHaveLength(1);
    expect((await findNotice(t.db, second))!.status).toBe('sent');
  });

  it('acknowledges an event for an unknown message without changing anything', async () => {
    const unknown = signed(event('email.delivered', 'em_nobody'));
    expect((await receiveResendWebhook(t.db, secret, unknown.raw, unknown.headers)).body).toEqual({ ok: true, result: 'unknown_message' });
  });
});
