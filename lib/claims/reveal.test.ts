// A reviewer's audited opening of a claim's sealed part, on the real PostgreSQL: the contact and payment
// destination (the account by its last four digits only), the damages described, and what the person wrote
// in answer to a request for more information; each opening is an audit entry.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAuditLog } from '../../db/queries/audit-search';
import { findRecordByTinHash } from '../../db/queries/records';
import { requestInformationForTest, syntheticClaimForm } from '../../testing/claims';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { importRecordsCsv } from '../records/import';
import { answerInformationRequest } from './answer';
import { fileClaim } from './filing';
import { revealClaim } from './reveal';

describe('revealClaim', () => {
  let t: TestDb;
  const keys = testKeys();
  const tins = ['900-73-7001', '900-73-7002'];
  const ids: number[] = [];
  const now = () => new Date('2027-03-10T15:00:00Z');

  beforeAll(async () => {
    t = await createPostgresTestDb();
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'reveal.csv',
      actor: 'tester',
      input: Readable.from([toCsv(tins.map((tin) => goodRow({ tin })))]),
    });
    for (const tin of tins) ids.push((await findRecordByTinHash(t.db, keys.hasher.tin(tin.replace(/-/g, ''))))!.id);
  });
  afterAll(() => t?.dispose());

  it('opens the payment destination by its last four digits and the person’s answers, and audits the reading', async () => {
    const form = syntheticClaimForm('vi', {
      payment_method: 'direct_deposit',
      routing_number: '122105155',
      account_number: '000123456789',
      account_number_again: '000123456789',
      account_type: 'savings',
      account_holder: 'Synthetic Payee',
      actual: 'yes',
      actual_amount: '2500',
      actual_description: 'Moving costs after the disclosure',
    });
    const filed = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now }, ids[0]!, form);
    const requestId = await requestInformationForTest(t.db, filed.claimId, {
      reasonCodes: ['damages_documents_missing'],
      cureBy: '2027-04-09',
    });
    const answer = 'Tôi đã gửi hóa đơn.\nThe receipts are attached.';
    expect(
      await answerInformationRequest({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now }, filed.claimId, answer),
    ).toMatchObject({
      ok: true,
    });

    const opened = await revealClaim({ db: t.db, sealer: keys.sealer, auditKey: keys.hasher.auditKey }, 'staff:7', filed.claimId);
    expect(opened).toMatchObject({
      signedName: 'Persona Sintética',
      actualDescription: 'Moving costs after the disclosure',
      payment: {
        method: 'direct_deposit',
        routingNumber: '122105155',
        accountLast4: '6789',
        accountType: 'savings',
        accountHolder: 'SYNTHETIC PAYEE',
      },
    });
    expect(JSON.stringify(opened)).not.toContain('000123456789');
    expect(opened!.answers.map((a) => [a.requestId, a.text])).toEqual([[requestId, answer]]);
    const audit = await searchAuditLog(t.db, { action: 'claim.revealed' }, { size: 10 });
    expect(audit.rows.map((r) => [r.actor, r.recordId])).toEqual([['staff:7', ids[0]]]);
  });

  it('has no answers while a request is unanswered, and nothing for a claim that does not exist', async () => {
    const filed = await fileClaim({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, now }, ids[1]!, syntheticClaimForm('es'));
    await requestInformationForTest(t.db, filed.claimId, { reasonCodes: ['identity_unclear'], cureBy: '2027-04-09' });
    const opened = await revealClaim({ db: t.db, sealer: keys.sealer, auditKey: keys.hasher.auditKey }, 'staff:7', filed.claimId);
    expect(opened).toMatchObject({ payment: { method: 'check' }, answers: [] });
    expect(await revealClaim({ db: t.db, sealer: keys.sealer, auditKey: keys.hasher.auditKey }, 'staff:7', 999_999)).toBeNull();
  });
});
