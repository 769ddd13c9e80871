// An export larger than one insert statement can carry: 17,000 payments at 4 bind parameters each pass
// PostgreSQL's 65,535 (a single insert failed there, and at 47,000 drizzle's builder overflowed its stack
// first; bench/claims-export.ts found it). On the real PostgreSQL: the limit is the server's.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { paymentInsertChunk } from '../../db/queries/payments';
import { syntheticAchSettings } from '../../testing/ach';
import { bulkAmountCents, insertApprovedClaims } from '../../testing/bulk-claims';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { testKeys } from '../../testing/secrets';
import { parseAchFile } from '../payments/nacha-read';
import { loadSyntheticRecords } from '../records/demo';
import { preparePaymentExport } from './payments';

const count = 17_000;

describe('a payment export of 17,000 claims on PostgreSQL', () => {
  let t: TestDb;
  const keys = testKeys();
  beforeAll(async () => {
    t = await createPostgresTestDb();
    const loaded = await loadSyntheticRecords({ db: t.db, hasher: keys.hasher, sealer: keys.sealer, count, seed: 21 });
    expect(loaded.status).toBe('completed');
  }, 120_000);
  afterAll(() => t?.dispose());

  it('pays every claim once, in one file, across several insert statements', async () => {
    expect(count).toBeGreaterThan(65_535 / 4);
    expect(count).toBeGreaterThan(paymentInsertChunk);
    const recordIds = (await rowsOf<{ id: number | string }>(t.db, sql`select id from affected_records order by id limit ${count}`)).map(
      (r) => Number(r.id),
    );
    expect(recordIds).toHaveLength(count);
    await insertApprovedClaims(t.db, keys, recordIds, 'direct_deposit');
    const result = await preparePaymentExport(
      { db: t.db, hasher: keys.hasher, sealer: keys.sealer },
      'ach',
      'payments-1',
      syntheticAchSettings,
    );
    let expectedTotal = 0;
    for (let i = 0; i < count; i++) expectedTotal += bulkAmountCents(i);
    expect(result).toMatchObject({ claimCount: count, totalCents: expectedTotal });
    const [payments] = await rowsOf<{ n: number; claims: number; total: string }>(
      t.db,
      sql`select count(*)::int as n, count(distinct claim_id)::int as claims, sum(amount_cents)::text as total from claim_payments where export_id = ${result!.exportId}`,
    );
    expect(payments).toEqual({ n: count, claims: count, total: String(expectedTotal) });
    const [row] = await rowsOf<{ file: Buffer | Uint8Array }>(t.db, sql`select file from payment_exports where id = ${result!.exportId}`);
    const file = parseAchFile(keys.sealer.open(Buffer.from(row!.file), Buffer.from('payment-export:ach', 'ascii')));
    expect(file.batches.reduce((n, b) => n + b.entries.length, 0)).toBe(count);
  }, 180_000);
});
