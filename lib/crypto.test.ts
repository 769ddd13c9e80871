import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHasher, createSealer, DecryptionError } from './crypto';

const key = () => randomBytes(32);

describe('sealer (AES-256-GCM with versioned keys)', () => {
  const k1 = key();
  const k2 = key();
  const aad = Buffer.from('record-a');

  it('round-trips text, including non-Latin scripts', () => {
    const sealer = createSealer({ dataKeys: new Map([[1, k1]]), currentKeyVersion: 1 });
    const text = JSON.stringify({ name: 'Nguyễn Thị Hương', city: 'San José', note: '김민준 · محمد' });
    const sealed = sealer.seal(text, aad);
    expect(sealed.includes(Buffer.from('Hương'))).toBe(false);
    expect(sealer.open(sealed, aad)).toBe(text);
  });

  it('uses a fresh IV, so the same value never seals the same way twice', () => {
    const sealer = createSealer({ dataKeys: new Map([[1, k1]]), currentKeyVersion: 1 });
    expect(sealer.seal('same', aad).equals(sealer.seal('same', aad))).toBe(false);
  });

  it('detects any altered byte', () => {
    const sealer = createSealer({ dataKeys: new Map([[1, k1]]), currentKeyVersion: 1 });
    const sealed = sealer.seal('secret', aad);
    for (let i = 2; i < sealed.length; i++) {
      const tampered = Buffer.from(sealed);
      tampered[i] = tampered[i]! ^ 0x01;
      expect(() => sealer.open(tampered, aad), `byte ${i}`).toThrow(DecryptionError);
    }
  });

  it('refuses a sealed value moved to another record (associated data)', () => {
    const sealer = createSealer({ dataKeys: new Map([[1, k1]]), currentKeyVersion: 1 });
    const sealed = sealer.seal('secret', aad);
    expect(() => sealer.open(sealed, Buffer.from('record-b'))).toThrow(DecryptionError);
  });

  it('writes with the current key version and still opens older versions after rotation', () => {
    const old = createSealer({ dataKeys: new Map([[1, k1]]), currentKeyVersion: 1 });
    const sealedV1 = old.seal('before rotation', aad);
    const rotated = createSealer({
      dataKeys: new Map([
        [1, k1],
        [2, k2],
      ]),
      currentKeyVersion: 2,
    });
    const sealedV2 = rotated.seal('after rotation', aad);
    expect(rotated.versionOf(sealedV1)).toBe(1);
    expect(rotated.versionOf(sealedV2)).toBe(2);
    expect(rotated.open(sealedV1, aad)).toBe('before rotation');
    expect(rotated.open(sealedV2, aad)).toBe('after rotation');
    expect(() => old.open(sealedV2, aad)).toThrow(/No data key with version 2/);
  });

  it('refuses a truncated value', () => {
    const sealer = createSealer({ dataKeys: new Map([[1, k1]]), currentKeyVersion: 1 });
    expect(() => sealer.open(Buffer.alloc(10), aad)).toThrow(DecryptionError);
    // The shortest value there is (version, IV and tag around nothing) still opens (killed a Stryker mutant).
    const empty = sealer.seal('', aad);
    expect(empty.length).toBe(30);
    expect(sealer.open(empty, aad)).toBe('');
    expect(() => sealer.open(empty.subarray(0, 29), aad)).toThrow(DecryptionError);
  });
});

describe('hasher (HMAC-SHA-256 with the pepper)', () => {
  it('is deterministic for one pepper and different for another', () => {
    const p = key();
    expect(createHasher(p).tin('912701234').equals(createHasher(p).tin('912701234'))).toBe(true);
    expect(createHasher(p).tin('912701234').equals(createHasher(key()).tin('912701234'))).toBe(false);
  });

  it('keeps purposes apart: a TIN hash is not an email hash of the same text', () => {
    const h = createHasher(key());
    expect(h.tin('912701234').equals(h.email('912701234'))).toBe(false);
    expect(h.tin('912701234').equals(h.fingerprint('912701234'))).toBe(false);
  });

  it('cannot be shifted between identity fields', () => {
    const h = createHasher(key());
    const a = h.identity({ tin: '912701234', dateOfBirth: '1980-01-02', lastName: 'AB', zip: '12345' });
    const b = h.identity({ tin: '912701234', dateOfBirth: '1980-01-02', lastName: 'A', zip: 'B12345' });
    expect(a.equals(b)).toBe(false);
  });

  it('gives the digests it always gave: HMAC-SHA-256 under a key derived per purpose', () => {
    // Stored hashes must keep matching: the same construction, computed with node:crypto alone.
    const pepper = key();
    const h = createHasher(pepper);
    const mac = (purpose: string, value: string) =>
      createHmac('sha256', Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), `disclosure-check/${purpose}`, 32)))
        .update(value, 'utf8')
        .digest();
    expect(h.tin('912701234').equals(mac('tin', '912701234'))).toBe(true);
    const parts = { tin: '912701234', dateOfBirth: '1984-03-09', lastName: 'NGUYỄN', zip: '90011' };
    expect(h.identity(parts).equals(mac('identity', '912701234\u001f1984-03-09\u001fNGUYỄN\u001f90011'))).toBe(true);
    expect(h.email('maria@example.com').equals(mac('email', 'maria@example.com'))).toBe(true);
    const canonical = JSON.stringify(['912701234', 'itin', { firstName: 'María José', street: 'x'.repeat(300) }]);
    expect(h.fingerprint(canonical).equals(mac('fingerprint', canonical))).toBe(true);
    // The audit chain's key too: every stored entry's hash depends on it (killed a Stryker mutant).
    expect(h.auditKey.equals(Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), 'disclosure-check/audit-chain', 32)))).toBe(true);
    // Claims: the PIN bound to its claim number, the duplicate signals under a key of their own.
    expect(h.claimPin('0A1B2C3D4E5F', '12345678').equals(mac('claim-pin', '0A1B2C3D4E5F\u001f12345678'))).toBe(true);
    expect(h.claimSignal('payment', '021000021:12345678').equals(mac('claim-signal', 'payment\u001f021000021:12345678'))).toBe(true);
    expect(h.claimSignal('address', 'X').equals(h.claimSignal('payment', 'X'))).toBe(false);
  });
});
