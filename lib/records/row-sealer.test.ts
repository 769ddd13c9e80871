// The worker seals exactly as the main thread does, and the main thread takes over when no worker can run.
import { afterEach, describe, expect, it } from 'vitest';
import { withNewNoticeCodes } from '../../db/queries/records';
import { keyMaterialOf } from '../crypto';
import { isValidNoticeCode } from '../identifiers/notice-code';
import { goodRow } from '../testing/records';
import { testKeys } from '../testing/secrets';
import { parseRecordRow } from '../validation/record-row';
import { createRowSealer, type KeyedRow, type RowSealer } from './row-sealer';
import { keyRecordRow, openRecordPii } from './seal';

const keys = testKeys();
const rows: KeyedRow[] = [
  goodRow(),
  goodRow({ tin: '123-45-6789', last_name: 'de la Cruz', email: '', language: 'vi' }),
  goodRow({ tin: '912-70-5555', last_name: 'Nguyễn', email: 'MIXED.Case@Example.org' }),
].map((raw) => {
  const parsed = parseRecordRow(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  const k = keyRecordRow(keys.hasher, parsed.row);
  return { row: parsed.row, tinHash: k.tinHash.toString('hex'), fingerprint: k.fingerprint.toString('hex') };
});

const bytes = (hex: string) => Buffer.from(hex, 'hex');
const sealedRows = async (s: RowSealer) =>
  (await s.seal(rows)).text.split('\n').map((line) => {
    const [notice_code, tin_hash, , identity, email_hash, pii, ...rest] = line.split('\t');
    return { notice_code: notice_code!, tin_hash: tin_hash!, identity, email_hash: email_hash!, pii: pii!, rest };
  });

let sealer: RowSealer | undefined;
afterEach(async () => {
  await sealer?.close();
});

describe('row sealer', () => {
  it('seals in the worker thread exactly as on this thread, apart from the random IV and notice code', async () => {
    sealer = createRowSealer(keys.hasher, keys.sealer);
    const here = await sealedRows(sealer);
    expect(await sealer.startWorker()).toBe(true);
    const there = await sealedRows(sealer);
    expect(sealer.sealed).toEqual({ inThread: rows.length, inWorker: rows.length });
    for (const [i, a] of here.entries()) {
      const b = there[i]!;
      const { pii: piiA, notice_code: codeA, ...restA } = a;
      const { pii: piiB, notice_code: codeB, ...restB } = b;
      expect(restB).toEqual(restA);
      expect(isValidNoticeCode(codeA) && isValidNoticeCode(codeB)).toBe(true);
      const tinHash = bytes(a.tin_hash);
      expect(tinHash.equals(keys.hasher.tin(rows[i]!.row.tin))).toBe(true);
      expect(openRecordPii(keys.sealer, { pii: Buffer.from(piiB, 'base64'), tinHash })).toEqual(
        openRecordPii(keys.sealer, { pii: Buffer.from(piiA, 'base64'), tinHash }),
      );
    }
    expect(bytes(there[2]!.email_hash).equals(keys.hasher.email('mixed.case@example.org'))).toBe(true);
  });

  it('seals on this thread when the hasher and sealer were not made by lib/crypto', async () => {
    const foreign = { ...keys.hasher };
    expect(keyMaterialOf(foreign, keys.sealer)).toBeUndefined();
    sealer = createRowSealer(foreign, keys.sealer);
    expect(await sealer.startWorker()).toBe(false);
    expect((await sealedRows(sealer)).length).toBe(rows.length);
    expect(sealer.sealed).toEqual({ inThread: rows.length, inWorker: 0 });
  });

  it('never shows its key material when a hasher or sealer is serialized', () => {
    const material = keyMaterialOf(keys.hasher, keys.sealer)!;
    expect(material.pepper.equals(keys.pepper)).toBe(true);
    const text = JSON.stringify([keys.hasher, keys.sealer]);
    expect(text).not.toContain(keys.pepper.toString('hex'));
    expect(text).not.toContain(JSON.stringify(keys.pepper.toJSON().data));
  });

  it('replaces only the notice codes when a batch must draw new ones', async () => {
    sealer = createRowSealer(keys.hasher, keys.sealer);
    const batch = await sealer.seal(rows);
    let n = 0;
    const redrawn = withNewNoticeCodes(batch, () => `CODE${n++}`);
    const before = batch.text.split('\n');
    const after = redrawn.text.split('\n');
    expect(after.map((l) => l.split('\t')[0])).toEqual(['CODE0', 'CODE1', 'CODE2']);
    expect(after.map((l) => l.split('\t').slice(1))).toEqual(before.map((l) => l.split('\t').slice(1)));
  });
});
