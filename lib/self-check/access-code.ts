// Access codes: the same shape as notice codes (11 random Crockford symbols and a Damm check symbol), so
// a person types them into the same field, with the same typo help. Only a keyed hash finds one; the
// plaintext is sealed, bound to that hash, for the notice that prints it.
import type { Sealer } from '../crypto';
import { generateNoticeCode } from '../identifiers/notice-code';
import { hmac, type SelfCheckKeys } from './keys';

export function accessCodeHash(keys: Pick<SelfCheckKeys, 'accessCodeKey'>, code: string): Buffer {
  return hmac(keys.accessCodeKey, code);
}

export function newAccessCode(
  keys: Pick<SelfCheckKeys, 'accessCodeKey'>,
  sealer: Sealer,
): { code: string; codeHash: Buffer; sealed: Buffer } {
  const code = generateNoticeCode();
  const codeHash = accessCodeHash(keys, code);
  return { code, codeHash, sealed: sealer.seal(code, codeHash) };
}

export function openAccessCode(sealer: Sealer, row: { codeHash: Buffer; sealed: Buffer }): string {
  return sealer.open(row.sealed, row.codeHash);
}
