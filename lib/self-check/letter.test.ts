import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessCodes, auditLog } from '../../db/schema';
import { findAccessCodeSecret, readEventCounters } from '../../db/queries/self-check';
import { todayUtc } from '../identifiers/dates';
import { formatNoticeCode, generateNoticeCode } from '../identifiers/notice-code';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, dobParts, type Person, type SelfCheckHarness } from '../../testing/self-check';
import { waitFor } from '../../testing/wait';
import { openAccessCode } from './access-code';
import { checkWithLetter } from './letter';
import { requestCheckByMail } from './mail';

describe('the check with the letter (PostgreSQL, Redis)', () => {
  let h: SelfCheckHarness;
  let ana: Person;
  let minh: Person;
  let jean: Person;
  const wrongDob = { month: '1', day: '2', year: '1970' };
  const check = (code: string, dob: { month: string; day: string; year: string }, address = '203.0.113.10') =>
    checkWithLetter({ code, dob }, h.ctx(address));

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: [
        goodRow(),
        goodRow({
          tin: '123-45-6789',
          first_name: 'Minh',
          last_name: 'Nguyễn',
          date_of_birth: '1990-12-01',
          email: '',
          zip: '77072',
          state: 'TX',
          city: 'Houston',
        }),
        goodRow({ tin: '900-70-1111', first_name: 'Jean', last_name: 'Pierre', date_of_birth: '1975-06-30', language: 'ht' }),
      ],
      config: { codeLock: { points: 3, seconds: 86_400 } },
    });
    [ana, minh, jean] = h.people as [Person, Person, Person];
  });
  afterAll(async () => {
    await h.dispose();
  });
  beforeEach(async () => {
    await h.resetLimits();
  });

  it('opens the result for the code and date of birth, however the code is typed, and audits it without personal data', async () => {
    const typed = formatNoticeCode(ana.noticeCode).toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    const result = await check(typed, dobParts(ana.row.dateOfBirth));
    expect(result).toEqual({ ok: true, data: { recordId: ana.recordId, via: 'letter' } });
    const [entry] = await h.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.recordId, ana.recordId), eq(auditLog.action, 'record.checked')));
    expect(entry).toMatchObject({ actor: 'self-check', outcome: 'found', detail: { via: 'letter' } });
  });

  it('answers an unknown code and a wrong date of birth exactly alike', async () => {
    const before = await readEventCounters(h.t.db, todayUtc());
    const unknown = await check(generateNoticeCode(), dobParts(ana.row.dateOfBirth));
    const wrongBirthDate = await check(ana.noticeCode, wrongDob);
    // The first failed try of a code that locks after 3: 2 remain, known code or not.
    expect(unknown).toEqual({ ok: false, error: { code: 'no_match', triesLeft: 2, lockSeconds: 86_400 } });
    expect(wrongBirthDate).toEqual(unknown);
    const after = await readEventCounters(h.t.db, todayUtc());
    expect((after['letter_check.no_match'] ?? 0) - (before['letter_check.no_match'] ?? 0)).toBe(2);
  });

  it('locks a code after 3 failed tries, even for the right date of birth, until the window ends', async () => {
    for (let i = 0; i < 3; i++)
      expect(await check(minh.noticeCode, wrongDob)).toEqual({
        ok: false,
        error: { code: 'no_match', triesLeft: 2 - i, lockSeconds: 86_400 },
      });
    const locked = await check(minh.noticeCode, dobParts(minh.row.dateOfBirth));
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });
    const retryAfterMs = (locked as { error: { retryAfterMs: number } }).error.retryAfterMs;
    expect(retryAfterMs).toBeGreaterThan(86_400_000 - 60_000);
    expect(retryAfterMs).toBeLessThanOrEqual(86_400_000);
    // Another code is not affected.
    expect(await check(jean.noticeCode, dobParts(jean.row.dateOfBirth))).toMatchObject({ ok: true });
    // The window ends (its Redis key expires): the code opens again.
    for (const key of await h.redis.keys(`${h.prefix}:rl:code:*`)) await h.redis.pexpire(key, 1);
    await waitFor(async () => (await check(minh.noticeCode, dobParts(minh.row.dateOfBirth))).ok, 'the lock to lift', 5000, 20);
  });

  it('locks an unknown code the same way, so a lock tells nothing either', async () => {
    const unknown = generateNoticeCode();
    for (let i = 0; i < 3; i++) await check(unknown, wrongDob);
    for (let i = 0; i < 3; i++) await check(minh.noticeCode, wrongDob);
    const a = await check(unknown, wrongDob);
    const b = await check(minh.noticeCode, wrongDob);
    expect(a).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(Object.keys((a as { error: object }).error)).toEqual(Object.keys((b as { error: object }).error));
  });

  it('counts only failed tries towards the lock', async () => {
    expect(await check(jean.noticeCode, wrongDob)).toMatchObject({ ok: false });
    expect(await check(jean.noticeCode, wrongDob)).toMatchObject({ ok: false });
    expect(await check(jean.noticeCode, dobParts(jean.row.dateOfBirth))).toMatchObject({ ok: true });
    // The try given back for the success is counted again: this third failure is the last try.
    expect(await check(jean.noticeCode, wrongDob)).toEqual({ ok: false, error: { code: 'no_match', triesLeft: 0, lockSeconds: 86_400 } });
    expect(await check(jean.noticeCode, wrongDob)).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('suggests the one correction that exists and has the typed date of birth, for a substitution or a swap', async () => {
    const code = ana.noticeCode;
    const substituted = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    const i = [...code].findIndex((c, k) => k < 11 && c !== code[k + 1]);
    const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
    for (const typo of [substituted, swapped]) {
      const result = await check(typo, dobParts(ana.row.dateOfBirth));
      expect(result).toEqual({ ok: false, error: { code: 'did_you_mean', suggestion: formatNoticeCode(code) } });
    }
    expect(await check(formatNoticeCode(code), dobParts(ana.row.dateOfBirth))).toMatchObject({ ok: true });
  });

  it('says only "typo" when the date of birth does not fit, or when no correction exists: no oracle for codes', async () => {
    const code = ana.noticeCode;
    const typo = code.slice(0, 3) + (code[3] === 'Z' ? 'Y' : 'Z') + code.slice(4);
    const wrong = await check(typo, wrongDob);
    expect(wrong).toEqual({ ok: false, error: { code: 'code_typo' } });
    const unknown = generateNoticeCode();
    const unknownTypo = unknown.slice(0, 3) + (unknown[3] === 'Z' ? 'Y' : 'Z') + unknown.slice(4);
    expect(await check(unknownTypo, dobParts(ana.row.dateOfBirth))).toEqual(wrong);
  });

  it('charges a typo one try of every correction it tests, so typos cannot get round the lock', async () => {
    const code = minh.noticeCode;
    for (let i = 0; i < 3; i++) {
      const typo = code.slice(0, i) + (code[i] === 'Q' ? 'R' : 'Q') + code.slice(i + 1);
      expect(await check(typo, wrongDob)).toEqual({ ok: false, error: { code: 'code_typo' } });
    }
    expect(await check(code, dobParts(minh.row.dateOfBirth))).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('refuses input it cannot read before counting anything', async () => {
    const address = '203.0.113.77';
    const result = await check('', { month: '2', day: '31', year: '1990' }, address);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', fields: { code: 'code_missing', dob: 'date_impossible' } } });
    expect(await h.deps.limits.addressUsage(address)).toBe(0);
  });

  describe('with an access code from a check_result notice', () => {
    let accessCode: string;
    beforeAll(async () => {
      const asked = await requestCheckByMail(
        { tin: ana.row.tin, dob: dobParts(ana.row.dateOfBirth), lastName: ana.row.lastName, zip: ana.row.zip },
        h.ctx('203.0.113.50'),
      );
      expect(asked.ok).toBe(true);
      const [row] = await h.t.db.select({ id: accessCodes.id }).from(accessCodes).where(eq(accessCodes.recordId, ana.recordId));
      accessCode = openAccessCode(h.keys.sealer, (await findAccessCodeSecret(h.t.db, row!.id))!);
    });

    it('opens the result with the date of birth, says how, and records the first use', async () => {
      expect(await check(formatNoticeCode(accessCode), wrongDob)).toEqual({
        ok: false,
        error: { code: 'no_match', triesLeft: 2, lockSeconds: 86_400 },
      });
      expect(await check(formatNoticeCode(accessCode), dobParts(ana.row.dateOfBirth))).toEqual({
        ok: true,
        data: { recordId: ana.recordId, via: 'access_code' },
      });
      const [row] = await h.t.db.select().from(accessCodes).where(eq(accessCodes.recordId, ana.recordId));
      expect(row!.firstUsedAt).not.toBeNull();
      const typo = accessCode.slice(0, 7) + (accessCode[7] === 'M' ? 'N' : 'M') + accessCode.slice(8);
      expect(await check(typo, dobParts(ana.row.dateOfBirth))).toEqual({
        ok: false,
        error: { code: 'did_you_mean', suggestion: formatNoticeCode(accessCode) },
      });
    });

    it('expires after 21 days: said so only to someone with the right date of birth', async () => {
      h.clock.advance(21 * 86_400_000 + 60_000);
      try {
        expect(await check(accessCode, dobParts(ana.row.dateOfBirth))).toEqual({ ok: false, error: { code: 'access_code_expired' } });
        expect(await check(accessCode, wrongDob)).toMatchObject({ ok: false, error: { code: 'no_match' } });
        // The letter's own notice code still works.
        expect(await check(ana.noticeCode, dobParts(ana.row.dateOfBirth))).toMatchObject({ ok: true, data: { via: 'letter' } });
      } finally {
        h.clock.advance(-(21 * 86_400_000 + 60_000));
      }
    });
  });
});
