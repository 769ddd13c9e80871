// The embedded mode (PGlite) runs the same queries: both paths end to end once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessCodeSecret } from '../../db/queries/self-check';
import { accessCodes } from '../../db/schema';
import { createPgliteTestDb } from '../../testing/db';
import { goodRow } from '../../testing/records';
import { createSelfCheckHarness, dobParts, type SelfCheckHarness } from '../../testing/self-check';
import { openAccessCode } from './access-code';
import { checkWithLetter } from './letter';
import { requestCheckByMail } from './mail';
import { buildResultView } from './result-view';

describe('the self-check on PGlite', () => {
  let h: SelfCheckHarness;
  beforeAll(async () => {
    h = await createSelfCheckHarness({ rows: [goodRow()], createDb: createPgliteTestDb });
  });
  afterAll(async () => {
    await h.dispose();
  });

  it('checks with the letter, by mail, with the access code, and shows the result', async () => {
    const p = h.people[0]!;
    const dob = dobParts(p.row.dateOfBirth);
    expect(await checkWithLetter({ code: p.noticeCode, dob }, h.ctx())).toEqual({
      ok: true,
      data: { recordId: p.recordId, via: 'letter' },
    });
    expect(await checkWithLetter({ code: p.noticeCode, dob: { month: '1', day: '1', year: '1950' } }, h.ctx())).toEqual({
      ok: false,
      error: { code: 'no_match', triesLeft: 4, lockSeconds: 86_400 },
    });
    expect(await requestCheckByMail({ tin: p.row.tin, dob, lastName: 'García', zip: p.row.zip }, h.ctx())).toMatchObject({ ok: true });
    const [row] = await h.t.db.select({ id: accessCodes.id }).from(accessCodes);
    const code = openAccessCode(h.keys.sealer, (await findAccessCodeSecret(h.t.db, row!.id))!);
    expect(await checkWithLetter({ code, dob }, h.ctx())).toEqual({ ok: true, data: { recordId: p.recordId, via: 'access_code' } });
    expect(h.enqueued).toHaveLength(2);
    expect(await buildResultView(p.recordId, 'access_code', h.deps)).toMatchObject({
      tin: { masked: '•••-••-1234' },
      place: { city: 'Los Angeles' },
    });
  });
});
