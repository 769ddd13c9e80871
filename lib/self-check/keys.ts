// Keys of the self-check, each derived for one purpose so none can stand in for another: keyed hashes
// for Redis rate-limit keys and access codes come from the pepper (like every other identifier hash);
// signatures on proof-of-work challenges and check sessions come from AUTH_SECRET.
import { createHmac, hkdfSync } from 'node:crypto';
import type { Secrets } from '../env';

export type SelfCheckKeys = {
  /** HMAC key for rate-limit keys: Redis never holds a TIN, a notice code or an address in the clear. */
  rateKey: Buffer;
  /** HMAC key under which access codes are stored and looked up. */
  accessCodeKey: Buffer;
  challengeKey: Buffer;
  sessionKey: Buffer;
};

function derive(secret: Buffer | string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `disclosure-check/self-check/${purpose}`, 32));
}

export function deriveSelfCheckKeys(secrets: Pick<Secrets, 'pepper' | 'authSecret'>): SelfCheckKeys {
  const auth = Buffer.from(secrets.authSecret, 'utf8');
  return {
    rateKey: derive(secrets.pepper, 'rate-limit'),
    accessCodeKey: derive(secrets.pepper, 'access-code'),
    challengeKey: derive(auth, 'challenge'),
    sessionKey: derive(auth, 'session'),
  };
}

export function hmac(key: Buffer, value: string): Buffer {
  return createHmac('sha256', key).update(value, 'utf8').digest();
}

/** A short, stable Redis key part for a value that must not be stored as it is. */
export function rateKeyOf(keys: Pick<SelfCheckKeys, 'rateKey'>, kind: string, value: string): string {
  return hmac(keys.rateKey, `${kind}\u001f${value}`).subarray(0, 16).toString('base64url');
}
