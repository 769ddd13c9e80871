// Keyed hashes for identifiers and AES-256-GCM for the rest of a person's data. Imports node:crypto,
// so a client bundle that reached it would fail to build.
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { createHmacSha256, type HmacSha256 } from './hmac-sha256';
import { takeRandomBytes } from './random-pool';
import type { Secrets } from './env';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION_BYTES = 2;

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

/** Distinct keys for distinct purposes, so a hash of one kind can never be confused with another. */
function deriveHashKey(pepper: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), `disclosure-check/${purpose}`, 32));
}

/**
 * What a worker thread needs to build the same hasher and sealer. Kept off the objects themselves (a WeakMap,
 * not a property), so logging or serializing a hasher can never print the pepper or a data key.
 */
export type KeyMaterial = { pepper: Buffer; dataKeys: Map<number, Buffer>; currentKeyVersion: number };
const hasherPeppers = new WeakMap<object, Buffer>();
const sealerKeys = new WeakMap<object, Pick<KeyMaterial, 'dataKeys' | 'currentKeyVersion'>>();

/** The key material behind a hasher and sealer made here, or undefined for any other implementation. */
export function keyMaterialOf(hasher: Hasher, sealer: Sealer): KeyMaterial | undefined {
  const pepper = hasherPeppers.get(hasher);
  const keys = sealerKeys.get(sealer);
  return pepper && keys ? { pepper, ...keys } : undefined;
}

export type Hasher = {
  tin(digits: string): Buffer;
  identity(parts: { tin: string; dateOfBirth: string; lastName: string; zip: string }): Buffer;
  email(normalized: string): Buffer;
  fingerprint(canonical: string): Buffer;
  /** A claim's PIN, bound to its claim number so that one PIN hash says nothing about another claim. */
  claimPin(claimNumber: string, pin: string): Buffer;
  /** A bank account, a mailing address or the client address a claim came from, for the signals reviewers see. */
  claimSignal(kind: 'payment' | 'address' | 'client', canonical: string): Buffer;
  auditKey: Buffer;
};

/** `mac` is replaceable only so bench/hmac.ts can weigh another HMAC on the same import; nothing else passes it. */
export function createHasher(pepper: Buffer, mac: (key: Buffer) => HmacSha256 = createHmacSha256): Hasher {
  // Each key's pad states are computed once (hmac-sha256.ts): createHmac per call cost ~3.6 µs, almost all
  // of it per-call set-up, and the import makes four of these a row. The digests are the same.
  const tinMac = mac(deriveHashKey(pepper, 'tin'));
  const identityMac = mac(deriveHashKey(pepper, 'identity'));
  const emailMac = mac(deriveHashKey(pepper, 'email'));
  const fingerprintMac = mac(deriveHashKey(pepper, 'fingerprint'));
  const claimPinMac = mac(deriveHashKey(pepper, 'claim-pin'));
  const claimSignalMac = mac(deriveHashKey(pepper, 'claim-signal'));
  const hasher: Hasher = {
    tin: (digits) => tinMac(digits),
    // The separator cannot occur inside a normalized part, so two tuples never hash alike by shifting.
    identity: (p) => identityMac(`${p.tin}\u001f${p.dateOfBirth}\u001f${p.lastName}\u001f${p.zip}`),
    email: (normalized) => emailMac(normalized),
    fingerprint: (canonical) => fingerprintMac(canonical),
    claimPin: (claimNumber, pin) => claimPinMac(`${claimNumber}\u001f${pin}`),
    claimSignal: (kind, canonical) => claimSignalMac(`${kind}\u001f${canonical}`),
    auditKey: deriveHashKey(pepper, 'audit-chain'),
  };
  hasherPeppers.set(hasher, pepper);
  return hasher;
}

export type Sealer = {
  currentVersion: number;
  /** Layout: version (2 bytes, big-endian) | IV (12) | tag (16) | ciphertext. */
  seal(plaintext: string, aad: Buffer): Buffer;
  open(sealed: Buffer, aad: Buffer): string;
  versionOf(sealed: Buffer): number;
};

export function createSealer(secrets: Pick<Secrets, 'dataKeys' | 'currentKeyVersion'>): Sealer {
  const { dataKeys, currentKeyVersion } = secrets;
  const keyFor = (version: number) => {
    const key = dataKeys.get(version);
    if (!key) throw new DecryptionError(`No data key with version ${version} is configured (DC_DATA_KEYS).`);
    return key;
  };
  const sealer: Sealer = {
    currentVersion: currentKeyVersion,
    seal(plaintext, aad) {
      const iv = takeRandomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyFor(currentKeyVersion), iv);
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const header = Buffer.alloc(VERSION_BYTES);
      header.writeUInt16BE(currentKeyVersion);
      return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
    },
    open(sealed, aad) {
      if (sealed.length < VERSION_BYTES + IV_BYTES + TAG_BYTES) throw new DecryptionError('Sealed value is truncated.');
      const version = sealed.readUInt16BE(0);
      const iv = sealed.subarray(VERSION_BYTES, VERSION_BYTES + IV_BYTES);
      const tag = sealed.subarray(VERSION_BYTES + IV_BYTES, VERSION_BYTES + IV_BYTES + TAG_BYTES);
      const body = sealed.subarray(VERSION_BYTES + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', keyFor(version), iv);
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new DecryptionError('Sealed value failed authentication: it was altered or belongs to another record.');
      }
    },
    versionOf: (sealed) => sealed.readUInt16BE(0),
  };
  sealerKeys.set(sealer, { dataKeys, currentKeyVersion });
  return sealer;
}
