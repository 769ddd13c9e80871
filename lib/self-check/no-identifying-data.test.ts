// Nothing identifying is kept for a lookup: after checks of every kind (found, not found, typo, matched by
// mail, not matched, result viewed), neither a dump of the database, nor the self-check's Redis keys and
// values (of every type), nor anything printed contains a submitted SSN/ITIN (in any spelling), name, birth date or ZIP.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findLeaks } from '../../testing/leak-scan';
import { goodRow } from '../../testing/records';
import { readRedisPrefix } from '../../testing/redis';
import { createSelfCheckHarness, type SelfCheckHarness } from '../../testing/self-check';
import { checkWithLetter } from './letter';
import { requestCheckByMail } from './mail';
import { buildResultView } from './result-view';
import { createCheckSession } from './session';

const exec = promisify(execFile);

describe('no identifying data kept by the self-check (PostgreSQL, Redis, logs)', () => {
  let h: SelfCheckHarness;
  const printed: string[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    }
    h = await createSelfCheckHarness({
      rows: [
        goodRow({
          tin: '912-85-7311',
          first_name: 'Citlali',
          last_name: 'Tlacaélel Xiuhcoatl',
          date_of_birth: '1961-11-23',
          zip: '04619',
          email: 'citlali.t@example.org',
        }),
      ],
      // A floor this small is always overrun, so the operator log speaks on every no-letter check.
      config: { responseFloorMs: 1 },
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await h.dispose();
  });

  it('keeps no submitted value in the database, in Redis or in the logs', async () => {
    const p = h.people[0]!;
    const dob = { month: '11', day: '23', year: '1961' };
    const wrongDob = { month: '4', day: '17', year: '1958' };
    // With the letter: found, wrong date of birth, unknown code, typo.
    expect(await checkWithLetter({ code: p.noticeCode, dob }, h.ctx())).toMatchObject({ ok: true });
    await checkWithLetter({ code: p.noticeCode, dob: wrongDob }, h.ctx());
    await checkWithLetter({ code: p.noticeCode.slice(0, 4) + (p.noticeCode[4] === 'Z' ? 'Y' : 'Z') + p.noticeCode.slice(5), dob }, h.ctx());
    // Without: matched under three spellings, and misses with values of their own.
    for (const [tin, lastName, zip] of [
      ['912-85-7311', 'tlacaelel', '04619'],
      ['912 85 7311', 'TLACAÉLEL XIUHCOATL', '04619-2231'],
      ['912857311', 'Tlacaélel', '046192231'],
    ]) {
      expect(await requestCheckByMail({ tin, dob, lastName, zip }, h.ctx())).toMatchObject({ ok: true });
    }
    await requestCheckByMail({ tin: '587-21-9043', dob: wrongDob, lastName: 'Zyxwvutsrq', zip: '99923' }, h.ctx());
    await requestCheckByMail({ tin: '912-85-7311', dob: wrongDob, lastName: 'Zyxwvutsrq', zip: '99923' }, h.ctx());
    // Invalid input is refused, and not kept either.
    await requestCheckByMail({ tin: '666-43-2109', dob, lastName: 'Quetzalpapalotl', zip: '1234' }, h.ctx());
    // The result page and its session.
    const view = await buildResultView(p.recordId, 'letter', h.deps);
    expect(view?.tin.masked).toBe('•••-••-7311');
    createCheckSession(p.recordId, 'letter', h.deps);

    const dump = (await exec('pg_dump', ['--data-only', '--inserts', h.t.url!], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(dump).toMatch(/INSERT INTO public\.access_codes/);
    expect(dump).toMatch(/INSERT INTO public\.event_counters/);
    const redisEntries = await readRedisPrefix(h.prefix);
    const redisText = redisEntries.flatMap((e) => [e.key, ...e.values]);
    expect(redisText.length).toBeGreaterThan(0);
    expect(printed.some((line) => line.includes('response_floor_exceeded'))).toBe(true);

    // Every bytea value of the dump is decoded and searched too (a sealed column holding plaintext is
    // plaintext at rest), and every value is also looked for in hex and base64 (testing/leak-scan.ts).
    const leaks = findLeaks(
      [
        { where: 'database dump', text: dump },
        { where: 'Redis', text: redisText.join('\n') },
        { where: 'console', text: printed.join('\n') },
      ],
      {
        values: [
          '912857311',
          '912-85-7311',
          '912 85 7311',
          '587219043',
          '587-21-9043',
          '587 21 9043',
          '666432109',
          '666-43-2109',
          'Citlali',
          'Tlacaélel',
          'Tlacaelel',
          'Xiuhcoatl',
          'Zyxwvutsrq',
          'Quetzalpapalotl',
          'citlali.t@example.org',
          '1961-11-23',
          '11/23/1961',
          '19611123',
          '1958-04-17',
          '4/17/1958',
          '19580417',
        ],
        // ZIPs, the ZIP+4 extension and the TIN's last four (stored only sealed).
        numbers: ['04619', '99923', '2231', '7311', '046192231'],
      },
    );
    expect(leaks).toEqual([]);
  });
});
