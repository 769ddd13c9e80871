// Answering a request for more information, against the real PostgreSQL and PGlite: the answer sealed
// under the claim number, the request answered and the claim back in review in one transaction (history
// by 'claimant', an audit entry), refused after the cure-by date and a second time, and of two answers at
// once exactly one counts.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAuditLog } from '../../db/queries/audit-search';
import { findLatestInformationRequest } from '../../db/queries/claim-status';
import { findClaimById, listClaimEvents } from '../../db/queries/claims';
import { findRecordByTinHash } from '../../db/queries/records';
import { requestInformationForTest, syntheticClaimForm } from '../../testing/claims';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { importRecordsCsv } from '../records/import';
import { answerInformationRequest, openInformationAnswer } from './answer';
import { fileClaim } from './filing';

describe.each(drivers)('answering a request for more information on %s', (name, create) => {
  let t: TestDb;
  const keys = testKeys();
  const recordIds: number[] = [];
  let next = 0;
  const now = new Date('2027-03-10T15:00:00Z');
  const deps = (at = now) => ({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now: () => at });

  /** A fresh claim waiting for information with cure-by `cureBy`. */
  async function waitingClaim(cureBy = '2027-04-09') {
    const recordId = recordIds[next++]!;
    const filed = await fileClaim(deps(), recordId, syntheticClaimForm('ar'));
    if (filed.outcome !== 'filed') throw new Error('not filed');
    const requestId = await requestInformationForTest(t.db, filed.claimId, {
      reasonCodes: ['damages_documents_missing', 'identity_unclear'],
      cureBy,
    });
    return { ...filed, requestId };
  }

  beforeAll(async () => {
    t = await create();
    const rows = Array.from({ length: 8 }, (_, i) => goodRow({ tin: `900-72-${String(6001 + i)}` }));
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'a.csv',
      actor: 'tester',
      input: Readable.from([toCsv(rows)]),
    });
    for (let i = 0; i < 8; i++)
      recordIds.push((await findRecordByTinHash(t.db, keys.hasher.tin(`9007260${String(i + 1).padStart(2, '0')}`)))!.id);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('seals the answer under the claim number, answers the request and moves the claim back to review, with history and audit', async () => {
    const c = await waitingClaim();
    const text = 'Adjunto los recibos del alquiler.\nأرفقت الإيصالات.';
    expect(await answerInformationRequest(deps(), c.claimId, `  ${text}  `)).toEqual({ ok: true, data: { requestId: c.requestId } });
    const request = (await findLatestInformationRequest(t.db, c.claimId))!;
    expect(request.answeredAt).toBeInstanceOf(Date);
    expect(request.answerKeyVersion).toBe(keys.sealer.currentVersion);
    expect(request.answerSealed!.includes(Buffer.from('recibos'))).toBe(false);
    expect(openInformationAnswer(keys.sealer, c.claimNumber, request.answerSealed!)).toBe(text);
    // Bound to this claim: under another claim's number it does not open.
    expect(() => openInformationAnswer(keys.sealer, 'ABCDEFGHJKMC', request.answerSealed!)).toThrow();
    const claim = (await findClaimById(t.db, c.claimId))!;
    expect(claim.status).toBe('in_review');
    expect(claim.cureBy).toBeNull();
    const events = await listClaimEvents(t.db, c.claimId);
    expect(events.at(-1)).toMatchObject({ fromStatus: 'more_information_needed', toStatus: 'in_review', actor: 'claimant' });
    const audit = (await searchAuditLog(t.db, { action: 'claim.information_answered' }, { size: 50 })).rows;
    expect(audit.filter((a) => a.detail.claim === c.claimId)).toHaveLength(1);
  });

  it('refuses a second answer, and writes nothing for it', async () => {
    const c = await waitingClaim();
    expect(await answerInformationRequest(deps(), c.claimId, 'First')).toMatchObject({ ok: true });
    const eventsBefore = (await listClaimEvents(t.db, c.claimId)).length;
    expect(await answerInformationRequest(deps(), c.claimId, 'Second')).toEqual({ ok: false, error: { code: 'already_answered' } });
    expect(await listClaimEvents(t.db, c.claimId)).toHaveLength(eventsBefore);
    const request = (await findLatestInformationRequest(t.db, c.claimId))!;
    expect(openInformationAnswer(keys.sealer, c.claimNumber, request.answerSealed!)).toBe('First');
  });

  it('refuses an answer after the cure-by date, and leaves the claim waiting', async () => {
    const c = await waitingClaim('2027-03-09');
    expect(await answerInformationRequest(deps(new Date('2027-03-10T12:00:00Z')), c.claimId, 'Late')).toEqual({
      ok: false,
      error: { code: 'past_cure_by' },
    });
    expect((await findClaimById(t.db, c.claimId))!.status).toBe('more_information_needed');
    expect((await findLatestInformationRequest(t.db, c.claimId))!.answeredAt).toBeNull();
  });

  it('refuses an empty or overlong answer, and an answer to a claim that waits for nothing', async () => {
    const c = await waitingClaim();
    expect(await answerInformationRequest(deps(), c.claimId, '   ')).toEqual({ ok: false, error: { code: 'answer_missing' } });
    expect(await answerInformationRequest(deps(), c.claimId, 'x'.repeat(5001))).toEqual({ ok: false, error: { code: 'answer_too_long' } });
    const filed = await fileClaim(deps(), recordIds[next++]!, syntheticClaimForm());
    if (filed.outcome !== 'filed') throw new Error('not filed');
    expect(await answerInformationRequest(deps(), filed.claimId, 'Hello')).toEqual({ ok: false, error: { code: 'not_waiting' } });
  });

  it('of two answers at once, exactly one counts', async () => {
    for (let round = 0; round < 2; round++) {
      const c = await waitingClaim();
      const results = await Promise.all([
        answerInformationRequest(deps(), c.claimId, 'Tab one'),
        answerInformationRequest(deps(), c.claimId, 'Tab two'),
      ]);
      expect(
        results.filter((r) => r.ok),
        name,
      ).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: { code: 'already_answered' } }]);
      const events = await listClaimEvents(t.db, c.claimId);
      expect(events.filter((e) => e.actor === 'claimant' && e.toStatus === 'in_review')).toHaveLength(1);
    }
  });
});
