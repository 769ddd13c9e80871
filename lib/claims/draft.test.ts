import { describe, expect, it } from 'vitest';
import { testKeys } from '../../testing/secrets';
import { maxDescriptionLength } from '../validation/claims';
import { draftMaxParts, draftPartLength, draftValuesOf, openDraft, openFiledReceipt, sealDraft, sealFiledReceipt } from './draft';

const { sealer } = testKeys();
const now = Date.UTC(2026, 11, 7, 12);
const later = now + 15 * 60_000;
const values = { payment_method: 'direct_deposit', routing_number: '021000021', account_number: '7766554433', email: 'a@example.org' };

describe('the sealed claim draft', () => {
  it('opens in the session of its own record, until it expires', () => {
    const parts = sealDraft(sealer, 41, values, later)!;
    expect(openDraft(sealer, 41, parts, now)).toEqual(values);
    expect(openDraft(sealer, 42, parts, now)).toBeNull(); // another record's session
    expect(openDraft(sealer, 41, parts, later)).toBeNull(); // expired with the session
    expect(openDraft(sealer, 41, [], now)).toBeNull();
  });

  it('keeps nothing readable: not the account number, the routing number or the email', () => {
    const joined = sealDraft(sealer, 41, values, later)!.join('');
    for (const typed of Object.values(values)) {
      expect(joined).not.toContain(typed);
      expect(Buffer.from(joined, 'base64url').toString('latin1')).not.toContain(typed);
    }
  });

  it('refuses an altered or truncated draft', () => {
    const [part] = sealDraft(sealer, 41, values, later)!;
    const flipped = part!.slice(0, 40) + (part![40] === 'A' ? 'B' : 'A') + part!.slice(41);
    expect(openDraft(sealer, 41, [flipped], now)).toBeNull();
    expect(openDraft(sealer, 41, [part!.slice(0, -4)], now)).toBeNull();
  });

  it('keeps only the form page’s own fields', () => {
    expect(draftValuesOf({ ...values, signed_name: 'X', declaration: 'yes', locale: 'es' })).toEqual(values);
  });

  it('fits the longest description in a three-byte script in the cookies it may use', () => {
    // Gujarati letters, 3 bytes each in UTF-8, in a pseudo-random order so that compression cannot hide the size
    // (a repeating pattern deflated to 600 characters; this needs two parts of the three).
    const letters = 'કખગઘચછજઝટઠડઢણતથદધનપફબભમયરલવશષસહ ';
    let description = '';
    for (let x = 2463534242; description.length < maxDescriptionLength;) {
      x ^= x << 13; // xorshift32
      x ^= x >>> 17;
      x ^= x << 5;
      description += letters[(x >>> 0) % letters.length];
    }
    const parts = sealDraft(sealer, 41, { ...values, actual: 'yes', actual_amount: '1,000', actual_description: description }, later);
    expect(parts).not.toBeNull();
    expect(parts!.length).toBeGreaterThan(1); // the text really is hard to compress
    expect(parts!.length).toBeLessThanOrEqual(draftMaxParts);
    for (const part of parts!) expect(part.length).toBeLessThanOrEqual(draftPartLength);
    expect(openDraft(sealer, 41, parts!, now)?.actual_description).toBe(description);
  });
});

describe('the filed receipt (claim number and PIN, for the confirmation page only)', () => {
  it('opens only for its record and while it lasts', () => {
    const token = sealFiledReceipt(sealer, 41, { claimNumber: 'ABCD1234EFGH', pin: '01234567' }, later);
    expect(openFiledReceipt(sealer, 41, token, now)).toEqual({ claimNumber: 'ABCD1234EFGH', pin: '01234567' });
    expect(openFiledReceipt(sealer, 40, token, now)).toBeNull();
    expect(openFiledReceipt(sealer, 41, token, later)).toBeNull();
    expect(token).not.toContain('01234567');
  });
});
