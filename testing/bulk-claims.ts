// Many approved claims at once, for the large-export test and the export benchmark: each with a sealed
// form like the one fileClaim stores (synthetic bank accounts or mailing addresses) and an applied decision,
// inserted in chunks straight into the tables (fileClaim one by one would take minutes at 47,000).
import type { Database } from '../db/index';
import { claimDecisions, claims } from '../db/schema';
import type { Hasher, Sealer } from '../lib/crypto';

const routings = ['021000021', '011000015', '122105155', '026009593'];

export function syntheticPaymentOf(i: number, method: 'check' | 'direct_deposit') {
  return method === 'direct_deposit'
    ? {
        method,
        routingNumber: routings[i % routings.length]!,
        accountNumber: String(10_000_000 + i),
        accountType: i % 3 === 0 ? ('savings' as const) : ('checking' as const),
        accountHolder: `SYNTHETIC PAYEE ${i}`,
      }
    : {
        method,
        address: { street: `${100 + (i % 900)} Synthetic Ave`, city: 'Springfield', state: 'IL', zip: '62701' },
        lines: [`${100 + (i % 900)} Synthetic Ave`, 'Springfield IL 62701'],
      };
}

/** The amount the bulk claims' decisions approve for the i-th claim (the tests and the bench check totals). */
export const bulkAmountCents = (i: number) => 100_000 + (i % 7) * 12_345;

export async function insertApprovedClaims(
  db: Database,
  keys: { hasher: Hasher; sealer: Sealer },
  recordIds: number[],
  method: 'check' | 'direct_deposit',
): Promise<number[]> {
  const ids: number[] = [];
  for (let at = 0; at < recordIds.length; at += 2000) {
    const chunk = recordIds.slice(at, at + 2000).map((recordId, j) => {
      const i = at + j;
      const claimNumber = `B${String(i).padStart(10, '0')}X`;
      const form = {
        email: null,
        phone: null,
        payment: syntheticPaymentOf(i, method),
        actualDescription: null,
        signedName: `Synthetic Person ${i}`,
      };
      return {
        claimNumber,
        pinHash: keys.hasher.claimPin(claimNumber, '12345678'),
        recordId,
        status: 'approved' as const,
        statutoryCents: 100_000,
        paymentMethod: method,
        sealed: keys.sealer.seal(JSON.stringify(form), Buffer.from(claimNumber, 'ascii')),
        keyVersion: keys.sealer.currentVersion,
        language: 'en',
        declaredAt: new Date(),
      };
    });
    const made = await db.insert(claims).values(chunk).returning({ id: claims.id });
    await db.insert(claimDecisions).values(
      made.map((m, j) => ({
        claimId: m.id,
        outcome: 'approved' as const,
        amountCents: bulkAmountCents(at + j),
        state: 'applied' as const,
        proposedBy: 'synthetic-reviewer',
        confirmedBy: 'synthetic-confirmer',
        confirmedAt: new Date(),
      })),
    );
    ids.push(...made.map((m) => m.id));
  }
  return ids;
}
