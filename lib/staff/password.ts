// Staff passwords: argon2id (OWASP's first choice) through @node-rs/argon2, which ships prebuilt
// binaries and needs no install script. Parameters are OWASP's minimum for argon2id (19 MiB, t=2, p=1),
// kept in the PHC string so they can be raised later without breaking existing hashes.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

const options = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable with isolatedModules */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const passwordMinLength = 12;
export const passwordMaxLength = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

// A real hash of a random password, made once: an unknown email costs the same argon2 work as a known one
// (OWASP ASVS 6.3.8: valid users must not be deducible from response times).
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  await verifyPassword(await dummy, password);
}

/** A temporary password someone can type: 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  let out = '';
  while (out.length < 20) {
    for (const b of randomBytes(32)) {
      // 216 = 54 * 4: dropping the rest keeps every character equally likely.
      if (b < 216 && out.length < 20) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}
