// Claims hold what a person types to be paid (bank account, address, a description of their harm): none of
// it may be readable at rest. After filing, review and a released payment file, a full dump of the database
// holds none of the typed values, as text, inside bytea, in hex or in base64, nor the PIN.
import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRecordByTinHash } from '../../db/queries/records';
import { importRecordsCsv } from '../records/import';
import { syntheticAchSettings as settings } from '../../testing/ach';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { findLeaks } from '../../testing/leak-scan';
import { goodRow, toCsv } from '../../testing/records';
import { testKeys } from '../../testing/secrets';
import { parseClaimForm } from '../validation/claims';
import { fileClaim } from './filing';
import { openReleasedExport, preparePaymentExport, releasePaymentExport } from './payments';
import { startReview } from './review';
import { approveForTest } from '../../testing/claims';

const exec = promisify(execFile);

describe('no plaintext claim data at rest (PostgreSQL)', () => {
  let t: TestDb;
  const keys = testKeys();
  beforeAll(async () => {
    t = await createPostgresTestDb();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('keeps bank accounts, addresses, descriptions, names, contacts and PINs out of a database dump', async () => {
    await importRecordsCsv({
      db: t.db,
      hasher: keys.hasher,
      sealer: keys.sealer,
      source: 'c.csv',
      actor: 't',
      input: Readable.from([toCsv([goodRow({ tin: '900-70-9001' }), goodRow({ tin: '900-70-9002' })])]),
    });
    const recordOf = async (tin: string) => (await findRecordByTinHash(t.db, keys.hasher.tin(tin)))!.id;
    const deposit = parseClaimForm({
      language: 'fa',
      payment_method: 'direct_deposit',
      routing_number: '026009593',
      account_number: '8812773365',
      account_number_again: '8812773365',
      account_type: 'checking',
      account_holder: 'Zohreh Khoshnevisan',
      signed_name: 'زهره خوشنویسان',
      email: 'zohreh.synthetic@example.net',
      phone: '(818) 555-0199',
      actual: 'yes',
      actual_amount: '3,333',
      actual_description: 'Synthetic harm: evicted from Quillfeather Terrace',
      declaration: 'yes',
    });
    const check = parseClaimForm({
      language: 'ht',
      street: '77 Ouanaminthe Synthetic Lane',
      city: 'Brockton',
      state: 'MA',
      zip: '02301-4455',
      signed_name: 'Wislande Jeanbaptiste',
      declaration: 'yes',
    });
    if (!deposit.ok || !check.ok) throw new Error('forms');
    const deps = { db: t.db, hasher: keys.hasher, sealer: keys.sealer };
    const a = await fileClaim(deps, await recordOf('900709001'), deposit.value);
    const b = await fileClaim(deps, await recordOf('900709002'), check.value);
    const review = { db: t.db, auditKey: keys.hasher.auditKey, secondReviewAboveCents: 10_000_000 };
    for (const [claim, amount] of [
      [a.claimId, 333_300],
      [b.claimId, 100_000],
    ] as const) {
      await startReview(review, 'reviewer-a', claim);
      await approveForTest(review, claim, amount);
    }
    for (const kind of ['ach', 'check'] as const) {
      const prepared = (await preparePaymentExport(deps, kind, 'payments-1', settings))!;
      await releasePaymentExport(deps, prepared.exportId, 'payments-2');
      // The file itself does carry them (that is its purpose): the check that the scan can see them.
      const text = (await openReleasedExport(deps, prepared.exportId, 'payments-2'))!.text;
      expect(text).toContain(kind === 'ach' ? '8812773365' : 'OUANAMINTHE');
    }

    const dump = (await exec('pg_dump', ['--data-only', '--inserts', t.url!], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(dump).toMatch(/INSERT INTO public\.claims/);
    expect(dump).toMatch(/INSERT INTO public\.payment_exports/);
    const pins = [a, b].map((r) => (r.outcome === 'filed' ? r.pin : ''));
    expect(
      findLeaks([{ where: 'database dump', text: dump }], {
        values: [
          '8812773365',
          'Khoshnevisan',
          'KHOSHNEVISAN',
          'خوشنویسان',
          'zohreh.synthetic@example.net',
          '8185550199',
          'Quillfeather',
          'Ouanaminthe',
          'Jeanbaptiste',
          '02301-4455',
          ...pins,
        ],
        numbers: ['026009593', '4455'],
      }),
    ).toEqual([]);
  });
});
