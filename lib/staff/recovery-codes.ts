// Recovery codes: ten one-time codes shown once at enrolment. Each has 50 random bits, so a keyed hash
// (HMAC under a key derived from the pepper) is enough to store them; argon2 would add nothing.
import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const recoveryCodeCount = 10;
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'; // 31 symbols; no 0/o, 1/l/i

export function recoveryCodeKey(pepper: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', pepper, Buffer.alloc(0), 'disclosure-check/staff-recovery-code', 32));
}

/** Shown as xxxxx-xxxxx. */
export function generateRecoveryCodes(count = recoveryCodeCount): string[] {
  return Array.from({ length: count }, () => {
    let out = '';
    while (out.length < 10) {
      for (const b of randomBytes(16)) {
        if (b < 248 && out.length < 10) out += alphabet[b % alphabet.length]; // 248 = 31 * 8
      }
    }
    return `${out.slice(0, 5)}-${out.slice(5)}`;
  });
}

/** Case, spaces and the hyphen do not matter when typed; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const v = input.toLowerCase().replace(/[\s-]+/g, '');
  return new RegExp(`^[${alphabet}]{10}$`).test(v) ? v : null;
}

export function hashRecoveryCode(key: Buffer, code: string): Buffer | null {
  const normalized = normalizeRecoveryCode(code);
  return normalized ? createHmac('sha256', key).update(normalized, 'utf8').digest() : null;
}
