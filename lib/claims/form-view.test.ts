import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAuditLog } from '../../db/queries/audit-search';
import { findRecordByTinHash } from '../../db/queries/records';
import { importRecordsCsv } from '../records/import';
import { drivers, type TestDb } from '../../testing/db';
import { goodRow, toCsv, type Row } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { recordCsvColumns } from '../validation/record-row';
import { buildClaimFormView } from './form-view';

describe.each(drivers)('the claim form’s view of the record on %s', (_name, create) => {
  let t: TestDb;
  const keys = testKeys();
  let recordId = 0;

  beforeAll(async () => {
    t = await create();
    const columns = [...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'];
    const rows = [{ ...goodRow({ tin: '900-71-6001' }), disclosure_acts: '2', ruled_unlawful: 'yes' }] as unknown as Row[];
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'c.csv',
      actor: 'tester',
      input: Readable.from([toCsv(rows, columns)]),
    });
    recordId = (await findRecordByTinHash(t.db, keys.hasher.tin('900716001')))!.id;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('shows what applies to the person and writes each view to the audit log', async () => {
    const view = await buildClaimFormView(recordId, 'letter', 'claim_form', { db: t.db, hasher: keys.hasher });
    expect(view?.entitlement).toEqual({ acts: 2, statutoryCents: 200_000, atLeast: false, ruledUnlawful: true });
    await buildClaimFormView(recordId, 'access_code', 'claim_answers', { db: t.db, hasher: keys.hasher });
    const audit = (await searchAuditLog(t.db, { action: 'record.viewed' }, { size: 50 })).rows.filter((a) => a.recordId === recordId);
    expect(audit.map((a) => a.detail)).toEqual(
      expect.arrayContaining([
        { via: 'letter', view: 'claim_form' },
        { via: 'access_code', view: 'claim_answers' },
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it('answers null for a record that no longer exists', async () => {
    expect(await buildClaimFormView(recordId + 1000, 'letter', 'claim_form', { db: t.db, hasher: keys.hasher })).toBeNull();
  });
});
