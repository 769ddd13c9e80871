import type { AchSettings } from '../lib/payments/settings';

/**
 * The originator's side of a synthetic ACH file for the lib tests (routing 021000021, a made-up EIN). The
 * application reads its own from configuration (lib/env.ts, `env().ach`); these only keep the tests'
 * fixtures independent of the demo values.
 */
export const syntheticAchSettings: AchSettings = {
  immediateDestination: '021000021',
  immediateOrigin: '1871234567',
  immediateDestinationName: 'SYNTHETIC ODFI',
  immediateOriginName: 'DISCLOSURE CHECK DEMO',
  companyName: 'DISCLOSURE CHECK',
  companyId: '1871234567',
  entryDescription: '7431 CLAIM',
  originatingDfi: '02100002',
};

export type ReturnedEntry = { traceNumber: string; reasonCode: string; information?: string };

/**
 * A bank's returns file for some entries of a file we sent, as an RDFI would send it back: each returned
 * entry with its return code (21 for a checking credit's return, 31 for savings), the addenda indicator set,
 * a new trace number of the bank's, and an addenda 99 carrying the R-code and our original trace number;
 * the counts, blocks and 9-fill redone. Built from our own file so that names, amounts and hashes match.
 */
export function writeReturnsFile(sent: string, returned: readonly ReturnedEntry[]): string {
  const byTrace = new Map(returned.map((r) => [r.traceNumber, r]));
  const pad = (n: number | bigint, width: number) => String(n).padStart(width, '0');
  const records = sent.split(/\r?\n/).filter((l) => l !== '' && l !== '9'.repeat(94));
  const out: string[] = [];
  const batch = { count: 0, hash: 0n, credits: 0n };
  const file = { count: 0, hash: 0n, credits: 0n };
  let bankTrace = 0;
  for (const r of records) {
    if (r[0] === '6') {
      const hit = byTrace.get(r.slice(79, 94));
      if (!hit) continue;
      bankTrace++;
      const rdfi = r.slice(3, 11);
      const trace = rdfi + pad(bankTrace, 7);
      const code = r.slice(1, 3) === '32' ? '31' : '21';
      out.push('6' + code + r.slice(3, 78) + '1' + trace);
      const info = (hit.information ?? 'RETURNED').padEnd(44, ' ').slice(0, 44);
      out.push('7' + '99' + hit.reasonCode + hit.traceNumber + ' '.repeat(6) + rdfi + info + trace);
      batch.count += 2;
      batch.hash += BigInt(rdfi);
      batch.credits += BigInt(r.slice(29, 39));
    } else if (r[0] === '8') {
      out.push(
        r.slice(0, 4) +
          pad(batch.count, 6) +
          pad(batch.hash % 10_000_000_000n, 10) +
          r.slice(20, 32) +
          pad(batch.credits, 12) +
          r.slice(44),
      );
      file.count += batch.count;
      file.hash += batch.hash;
      file.credits += batch.credits;
      Object.assign(batch, { count: 0, hash: 0n, credits: 0n });
    } else if (r[0] === '9') {
      const blocks = Math.ceil((out.length + 1) / 10);
      out.push(
        r.slice(0, 7) +
          pad(blocks, 6) +
          pad(file.count, 8) +
          pad(file.hash % 10_000_000_000n, 10) +
          r.slice(31, 43) +
          pad(file.credits, 12) +
          r.slice(55),
      );
    } else out.push(r);
  }
  while (out.length % 10 !== 0) out.push('9'.repeat(94));
  return out.map((l) => `${l}\r\n`).join('');
}
