// Keys of the organization sign-in, derived from the pepper (as the self-check's and staff's are): a sign-in
// link's token is found by its keyed hash, and the rate limits key Redis by keyed hashes of the email and the
// client address, never by the values.
import { createHmac, hkdfSync } from 'node:crypto';

export type OrgSignInKeys = { linkKey: Buffer; rateKey: Buffer };

function derive(pepper: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), `disclosure-check/org-sign-in/${purpose}`, 32));
}

export function deriveOrgSignInKeys(pepper: Buffer): OrgSignInKeys {
  return { linkKey: derive(pepper, 'link'), rateKey: derive(pepper, 'rate') };
}

export function linkTokenHash(keys: Pick<OrgSignInKeys, 'linkKey'>, token: string): Buffer {
  return createHmac('sha256', keys.linkKey).update(token, 'utf8').digest();
}

export function rateBucket(keys: Pick<OrgSignInKeys, 'rateKey'>, kind: 'email' | 'address', value: string): string {
  return createHmac('sha256', keys.rateKey).update(`${kind}:${value}`, 'utf8').digest().subarray(0, 16).toString('base64url');
}
