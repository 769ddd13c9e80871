// Whether typed identity details match a record's identity hashes, in constant time: the check without the
// letter (mail.ts) and an organization's bulk check (lib/orgs/bulk-run.ts) both compare this way.
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** lastNameMatchKeys yields at most four keys, so a record has at most four identity hashes. */
const IDENTITY_SLOTS = 4;
// Never equal to an HMAC output in practice; they fill the slots a record does not use (or all four).
const fillerHashes = Array.from({ length: IDENTITY_SLOTS }, () => randomBytes(32));

export function matchesAny(stored: Buffer[], typed: Buffer): boolean {
  let matched = false;
  for (let i = 0; i < IDENTITY_SLOTS; i++) {
    const h = stored[i] ?? fillerHashes[i]!;
    // No early exit: every slot is compared whatever the earlier ones gave.
    const equal = h.length === typed.length && timingSafeEqual(h, typed);
    matched = equal || matched;
  }
  return matched;
}
