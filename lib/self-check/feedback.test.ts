import { describe, expect, it } from 'vitest';
import { clockOptions, describeWait, formatClock, letterFeedback, mailFeedback, orderedFieldErrors } from './feedback';
import { emptyLetterValues, letterInput, readLetterValues, readMailValues, readProof } from './form-values';

const now = Date.UTC(2026, 2, 10, 15, 0, 0);
const challenge = { token: 'pow1.a.b', nonce: 'n', difficulty: 8, expiresAt: now + 600_000, waitUntil: now + 30_000 };

describe('letterFeedback', () => {
  it('keeps each field reason at its field', () => {
    expect(letterFeedback({ code: 'invalid_input', fields: { code: 'code_format', dob: 'date_impossible' } }, now)).toEqual({
      fieldErrors: { code: 'code_format', dob: 'date_impossible' },
      notice: null,
    });
  });
  it('gives an unknown code and a wrong date of birth one answer, marks both fields it asks to check, and says the tries left', () => {
    expect(letterFeedback({ code: 'no_match', triesLeft: 3, lockSeconds: 86_400 }, now)).toEqual({
      fieldErrors: { code: 'no_match', dob: 'no_match_dob' },
      notice: null,
      tries: { left: 3, lockMs: 86_400_000 },
    });
  });
  it('offers the suggestion, and marks the code', () => {
    expect(letterFeedback({ code: 'did_you_mean', suggestion: 'ABCD-EFGH-JKMN' }, now)).toEqual({
      fieldErrors: { code: 'did_you_mean' },
      notice: { kind: 'did_you_mean', suggestion: 'ABCD-EFGH-JKMN' },
    });
    expect(letterFeedback({ code: 'code_typo' }, now).fieldErrors).toEqual({ code: 'code_typo' });
  });
  it('turns waits into the moment they end', () => {
    expect(letterFeedback({ code: 'locked', retryAfterMs: 3_600_000 }, now).notice).toEqual({
      kind: 'locked',
      retryAt: now + 3_600_000,
      waitMs: 3_600_000,
    });
    expect(letterFeedback({ code: 'rate_limited', retryAfterMs: 90_000 }, now).notice).toEqual({
      kind: 'rate_limited',
      retryAt: now + 90_000,
      waitMs: 90_000,
    });
  });
  it('passes a challenge and an expired access code on as notices', () => {
    expect(letterFeedback({ code: 'challenge_required', challenge }, now)).toEqual({
      fieldErrors: {},
      notice: { kind: 'challenge', challenge, waitMs: 30_000 },
    });
    expect(letterFeedback({ code: 'access_code_expired' }, now)).toEqual({ fieldErrors: {}, notice: { kind: 'access_code_expired' } });
  });
});

describe('mailFeedback', () => {
  it('maps field reasons, limits and challenges', () => {
    expect(mailFeedback({ code: 'invalid_input', fields: { tin: 'ssn_area', zip: 'zip_format' } }, now)).toEqual({
      fieldErrors: { tin: 'ssn_area', zip: 'zip_format' },
      notice: null,
    });
    expect(mailFeedback({ code: 'rate_limited', retryAfterMs: 1000 }, now).notice).toMatchObject({
      kind: 'rate_limited',
      retryAt: now + 1000,
    });
    expect(mailFeedback({ code: 'challenge_required', challenge }, now).notice).toEqual({ kind: 'challenge', challenge, waitMs: 30_000 });
  });
});

describe('orderedFieldErrors', () => {
  it('lists errors in page order, whatever order they came in', () => {
    expect(orderedFieldErrors(['tin', 'dob', 'lastName', 'zip'], { zip: 'zip_missing', tin: 'tin_missing' })).toEqual([
      ['tin', 'tin_missing'],
      ['zip', 'zip_missing'],
    ]);
  });
});

describe('describeWait', () => {
  it.each([
    [0, { unit: 'seconds', count: 1 }],
    [1, { unit: 'seconds', count: 1 }],
    [29_001, { unit: 'seconds', count: 30 }],
    [59_999, { unit: 'minutes', count: 1 }],
    [60_001, { unit: 'minutes', count: 2 }],
    [45 * 60_000, { unit: 'minutes', count: 45 }],
    [119 * 60_000, { unit: 'minutes', count: 119 }],
    [120 * 60_000, { unit: 'hours', count: 2 }],
    [23.5 * 3_600_000, { unit: 'hours', count: 24 }],
  ])('%d ms → %o (rounded up)', (ms, expected) => {
    expect(describeWait(ms)).toEqual(expected);
  });
});

describe('formatClock', () => {
  it('names the zone when it is given, and shows seconds only for short waits', () => {
    expect(formatClock(now + 30_000, 30_000, 'en-US', 'America/New_York')).toBe('11:00:30 AM EDT');
    expect(formatClock(now + 30 * 60_000, 30 * 60_000, 'en-US', 'America/New_York')).toBe('11:30 AM EDT');
    expect(formatClock(now + 30 * 60_000, 30 * 60_000, 'es-US', 'America/Los_Angeles')).toMatch(/^8:30\sa\.\s?m\.\sPDT$/);
  });
  it('says the day for a wait of half a day or more', () => {
    expect(formatClock(now + 20 * 3_600_000, 20 * 3_600_000, 'en-US', 'America/New_York')).toBe('Wednesday, March 11 at 7:00 AM EDT');
    expect(clockOptions(1000)).not.toHaveProperty('timeZone');
  });
  it("names the zone in the runtime's own clock too, so a time is never read in the wrong zone", () => {
    expect(clockOptions(60_000)).toMatchObject({ timeZoneName: 'short' });
    expect(formatClock(now, 60_000, 'en-US')).toMatch(/(AM|PM) \S+$/);
  });
});

describe('form values', () => {
  const form = (entries: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(entries)) f.set(k, v);
    return f;
  };
  it('reads the fields as typed, cut to length, and builds the domain input', () => {
    const v = readLetterValues(form({ code: ' abcd-efgh-jkmn ', dobMonth: '3', dobDay: '09', dobYear: '1984', extra: 'x' }));
    expect(v).toEqual({ code: ' abcd-efgh-jkmn ', month: '3', day: '09', year: '1984' });
    expect(letterInput(v)).toEqual({ code: ' abcd-efgh-jkmn ', dob: { month: '3', day: '09', year: '1984' } });
    expect(readLetterValues(form({ code: 'x'.repeat(500) })).code).toHaveLength(100);
    expect(readLetterValues(new FormData())).toEqual(emptyLetterValues);
    expect(readMailValues(form({ tin: '912-70-1234', lastName: 'García López', zip: '90011' }))).toEqual({
      tin: '912-70-1234',
      lastName: 'García López',
      zip: '90011',
      month: '',
      day: '',
      year: '',
    });
  });
  it('reads a proof with or without its counter', () => {
    expect(readProof(new FormData())).toBeNull();
    expect(readProof(form({ powToken: 'pow1.x.y' }))).toEqual({ token: 'pow1.x.y', counter: null });
    expect(readProof(form({ powToken: 'pow1.x.y', powCounter: '123' }))).toEqual({ token: 'pow1.x.y', counter: '123' });
  });
});
