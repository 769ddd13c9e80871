// The no-letter path must not tell anyone whether the details they typed matched a record (NIST SP
// 800-63A-4; OWASP ASVS 6.3.8): not by its answer, not by what the caller can observe afterwards, and not
// by how long it takes. Forty first-time matches (each writes an access code and notices and puts them on
// the real queues) against forty misses (half an unknown SSN/ITIN, half a known one with a wrong detail),
// interleaved. Without the floor the two differ by about 13 ms (17 ms against 4 ms on the development
// machine), which is what the floor is for.
//
// The letter path has no floor (it answers on screen, and fast), so an unknown code and a known code with
// the wrong birth date must simply do the same work: counted (the sealed values each opens), since a
// missing decryption (~50 µs) hides inside any timing allowance a shared machine permits, and timed, in
// distribution (quartiles, 90th percentile, pair by pair) rather than at the median alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessCodes, notices } from '../../db/schema';
import { goodRow, type Row } from '../../testing/records';
import { createSelfCheckHarness, dobParts, type Person, type SelfCheckHarness } from '../../testing/self-check';
import type { Sealer } from '../crypto';
import { generateNoticeCode } from '../identifiers/notice-code';
import { checkWithLetter } from './letter';
import { requestCheckByMail, type MailCheckResult } from './mail';

const FLOOR_MS = 200;
const TRIES = 40;
const surnames = ['García-López', 'Nguyễn', 'de la Cruz', 'Pierre', 'Kowalski', 'Haddad', 'Okafor', 'Santos'];

const rowFor = (i: number): Row =>
  goodRow({
    tin: `${String(101 + i).padStart(3, '0')}-12-${String(3456 + i)}`,
    first_name: `Persona${String.fromCharCode(65 + (i % 26))}`,
    last_name: surnames[i % surnames.length]!,
    date_of_birth: `19${50 + (i % 45)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    zip: String(10_001 + i * 7),
    email: i % 2 === 0 ? `persona${i}@example.org` : '',
  });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

/** The q-quantile (0..1) by linear interpolation. */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
};

/** A sealer that counts what it opens: how many values and how many bytes. */
function countingSealer(inner: Sealer) {
  const opened = { values: 0, bytes: 0 };
  const sealer: Sealer = {
    ...inner,
    seal: inner.seal.bind(inner),
    versionOf: inner.versionOf.bind(inner),
    open: (sealed, aad) => {
      opened.values++;
      opened.bytes += sealed.length;
      return inner.open(sealed, aad);
    },
  };
  return { sealer, opened };
}

describe('the no-letter path is indistinguishable (PostgreSQL, Redis, real queues)', () => {
  let h: SelfCheckHarness;
  let matching: Person[];
  let knownForMisses: Person[];

  beforeAll(async () => {
    h = await createSelfCheckHarness({
      rows: Array.from({ length: TRIES + TRIES / 2 }, (_, i) => rowFor(i)),
      config: { responseFloorMs: FLOOR_MS },
      realQueues: true,
    });
    matching = h.people.slice(0, TRIES);
    knownForMisses = h.people.slice(TRIES);
  });
  afterAll(async () => {
    await h.dispose();
  });

  const typed = (p: Person) => ({ tin: p.row.tin, dob: dobParts(p.row.dateOfBirth), lastName: p.row.lastName, zip: p.row.zip });
  const miss = (i: number) =>
    i % 2 === 0
      ? { ...typed(matching[i]!), tin: `${String(501 + i)}-34-${String(5678 + i)}` } // no such SSN
      : { ...typed(knownForMisses[(i - 1) / 2]!), zip: '99950' }; // a known SSN, the wrong ZIP

  it('gives the same answer, the same observable state and the same time, match or not', async () => {
    const timed = async (input: object, address: string): Promise<[MailCheckResult, number]> => {
      const started = performance.now();
      const result = await requestCheckByMail(input, h.ctx(address));
      return [result, performance.now() - started];
    };
    // One of each first, so the first-call costs (prepared statements, queue set-up) fall on neither side.
    await timed(typed(knownForMisses[TRIES / 2 - 1]!), '192.0.2.250');
    await timed({ ...typed(knownForMisses[TRIES / 2 - 1]!), zip: '99951' }, '192.0.2.251');

    const matchTimes: number[] = [];
    const missTimes: number[] = [];
    const answers: MailCheckResult[] = [];
    for (let i = 0; i < TRIES; i++) {
      const [a, ta] = await timed(typed(matching[i]!), `198.51.100.${i + 1}`);
      const [b, tb] = await timed(miss(i), `203.0.113.${i + 1}`);
      answers.push(a, b);
      matchTimes.push(ta);
      missTimes.push(tb);
      // What the caller can observe afterwards is the same too: one check charged to each address.
      expect(await h.deps.limits.addressUsage(`198.51.100.${i + 1}`)).toBe(1);
      expect(await h.deps.limits.addressUsage(`203.0.113.${i + 1}`)).toBe(1);
    }

    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(JSON.stringify(answers[0])).toBe('{"ok":true,"data":{"status":"requested","accessCodeValidDays":21}}');

    // The matches did their work: one access code each, and their notices.
    expect(await h.t.db.$count(accessCodes)).toBe(TRIES + 1);
    expect(await h.t.db.$count(notices)).toBe(TRIES + TRIES / 2 + 1);

    const [mMatch, mMiss] = [median(matchTimes), median(missTimes)];
    console.info(`no-letter path: median ${mMatch.toFixed(1)} ms (match) vs ${mMiss.toFixed(1)} ms (miss), floor ${FLOOR_MS} ms`);
    for (const t of [...matchTimes, ...missTimes]) expect(t).toBeGreaterThanOrEqual(FLOOR_MS - 1);
    // The floor holds both at ~200 ms; timer jitter is a few ms, far less than the work the floor hides.
    expect(Math.abs(mMatch - mMiss)).toBeLessThan(8);
    // Not only the middle: the whole distribution (quartiles and the 90th percentile, where work the floor
    // failed to hide would show first), and the median of the pairs (each match ran right before its miss,
    // so load that comes and goes mostly cancels; single pairs differ by up to ~35 ms on a busy machine).
    // The 90th percentile gets more room: on a machine busy with other suites a late timer adds ~10 ms to
    // either side at random (seen: 12 ms), which is still less than the ~13 ms the floor hides.
    for (const [q, within] of [
      [0.25, 8],
      [0.75, 8],
      [0.9, 20],
    ] as const) {
      expect(Math.abs(quantile(matchTimes, q) - quantile(missTimes, q)), `difference at the ${q * 100}th percentile`).toBeLessThan(within);
    }
    const pairs = matchTimes.map((t, i) => t - missTimes[i]!);
    expect(Math.abs(median(pairs)), 'median pair difference').toBeLessThan(8);
  });
});

describe('the letter path takes the same time for an unknown code and a wrong birth date (PostgreSQL, Redis)', () => {
  let h: SelfCheckHarness;
  const PAIRS = 100;
  beforeAll(async () => {
    // One more person than pairs: the warm-up's, so no code in the pairs has a try spent before them.
    h = await createSelfCheckHarness({ rows: Array.from({ length: PAIRS + 1 }, (_, i) => rowFor(i)) });
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('answers both alike, within a millisecond (or a tenth of the time on a busy machine) at the median', async () => {
    const wrongDob = { month: '2', day: '3', year: '1949' };
    const timed = async (code: string, address: string) => {
      const started = performance.now();
      const result = await checkWithLetter({ code, dob: wrongDob }, h.ctx(address));
      return [result, performance.now() - started] as const;
    };
    await timed(generateNoticeCode(), '192.0.2.250');
    await timed(h.people[PAIRS]!.noticeCode, '192.0.2.251');
    const unknown: number[] = [];
    const wrong: number[] = [];
    const pairDifferences: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const tryUnknown = () => timed(generateNoticeCode(), `198.51.100.${i + 1}`);
      const tryWrong = () => timed(h.people[i]!.noticeCode, `203.0.113.${i + 1}`);
      // Alternate which goes first, so neither side always follows the other's work.
      let first, second;
      if (i % 2 === 0) [first, second] = [await tryUnknown(), await tryWrong()];
      else [second, first] = [await tryWrong(), await tryUnknown()];
      const [[a, ta], [b, tb]] = [first, second];
      expect(a).toMatchObject({ ok: false, error: { code: 'no_match' } });
      // Including the tries left: a first try of any code leaves the same number.
      expect(b).toEqual(a);
      unknown.push(ta);
      wrong.push(tb);
      pairDifferences.push(ta - tb);
    }
    const [mu, mw, md] = [median(unknown), median(wrong), median(pairDifferences)];
    console.info(
      `letter path: median ${mu.toFixed(2)} ms (unknown code) vs ${mw.toFixed(2)} ms (wrong birth date); median pair difference ${md.toFixed(2)} ms`,
    );
    // Each pair runs back to back, so the median of their differences is what the work differs by, with
    // the machine's load mostly cancelled out. A missing query or decryption shows on a quiet machine
    // (a few ms a check); on a machine busy with other suites every check is slower and noisier. What
    // remains (an index hit fetches a row, a miss does not: ~0.1 ms quiet) cannot be sampled enough to
    // matter: a code locks after SELF_CHECK_CODE_LOCK tries a day, found or not.
    expect(Math.abs(md)).toBeLessThan(Math.max(1, 0.1 * Math.min(mu, mw)));
    // The quartiles, from the pairs as the tails below: a step one side skips shifts every pair difference,
    // so the 25th and 75th percentiles stop balancing around zero. (Each side's own 75th percentile, compared
    // unpaired, measured which side a burst of the other suites' work hit: 2.1 ms apart in one CI run whose
    // median pair difference was 0.04 ms.)
    const [q1, q3] = [quantile(pairDifferences, 0.25), quantile(pairDifferences, 0.75)];
    expect(Math.abs(q3 + q1), `quartiles of the pair differences (${q1.toFixed(2)} ms, ${q3.toFixed(2)} ms)`).toBeLessThan(
      Math.max(1, 0.5 * (q3 - q1)),
    );
    // The tails, from the pairs: the order alternates, so load from other suites lands on either side alike
    // and the pair differences spread evenly around zero; a step one side skips shifts all of them by its
    // cost, so their 10th and 90th percentiles no longer balance. (Comparing each side's own 90th
    // percentile measured which side a burst of other suites' work happened to hit: 10 of 100 samples.)
    const [low, high] = [quantile(pairDifferences, 0.1), quantile(pairDifferences, 0.9)];
    expect(Math.abs(high + low), `tails of the pair differences (10th ${low.toFixed(2)} ms, 90th ${high.toFixed(2)} ms)`).toBeLessThan(
      Math.max(2, 0.5 * (high - low)),
    );
  });

  // What the timing cannot resolve, the work can: opening the dummy costs ~50 µs here, a fiftieth of a
  // check and inside any timing allowance this machine permits. So count the opening itself: an unknown
  // code must open as many sealed values, of the same size, as a known code with the wrong birth date.
  it('does the same work for an unknown code and a wrong birth date: one sealed value opened, record-sized', async () => {
    const wrongDob = { month: '2', day: '3', year: '1949' };
    const work = async (code: string, address: string) => {
      const { sealer, opened } = countingSealer(h.deps.sealer);
      const ctx = h.ctx(address);
      const result = await checkWithLetter({ code, dob: wrongDob }, { ...ctx, deps: { ...ctx.deps, sealer } });
      return { result, opened };
    };
    for (let i = 0; i < 5; i++) {
      const unknown = await work(generateNoticeCode(), `198.51.100.${200 + i}`);
      const wrong = await work(h.people[PAIRS - 1 - i]!.noticeCode, `203.0.113.${200 + i}`);
      expect(unknown.result).toMatchObject({ ok: false, error: { code: 'no_match' } });
      expect(wrong.result).toMatchObject({ ok: false, error: { code: 'no_match' } });
      expect(unknown.opened.values).toBe(1);
      expect(wrong.opened.values).toBe(1);
      // The dummy is shaped like a record's data, so it is about as long (records' names and streets vary).
      expect(Math.abs(unknown.opened.bytes - wrong.opened.bytes)).toBeLessThan(0.5 * wrong.opened.bytes);
    }
  });
});
