// A lost PIN, in the browser, in Vietnamese, with JavaScript on and off: a person with a claim (filed here
// with fileClaim for a synthetic record) proves who they are again through the self-check, sees on the claim
// page that they already filed, presses "Open my claim" and sees their claim's status without the PIN; the
// opening is in the audit log with the check session as the actor. The status lookup page says how to do
// this and links to the check. axe on every page.
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/index';
import { fileClaim, formatClaimNumber } from '../lib/claims/filing';
import { getHasher, getSealer } from '../lib/keys';
import { syntheticClaimForm } from '../testing/claims';
import { scanFor } from './support/axe';
import { expect, submitLetter, test, type Person } from './support/self-check';

test.describe.configure({ mode: 'parallel', timeout: 120_000 });
test.use({ viewport: { width: 390, height: 844 } });

// People 92 and 93 of the pool are this spec's alone (claims-file takes 24-63, claims-status 64-69,
// claims-documents 72-87, admin-disposal the last).
const personIndex = { js: 92, nojs: 93 } as const;

const vi = {
  existsTitle: 'Quý vị đã nộp yêu cầu rồi',
  lostPin: 'Quý vị bị mất mã PIN? Quý vị vừa kiểm tra lại hồ sơ của mình, nên có thể mở yêu cầu tại đây mà không cần mã PIN.',
  open: 'Mở yêu cầu của tôi',
  received: 'Đã nhận',
  lookupLostPin: 'Quý vị bị mất mã PIN? Hãy kiểm tra lại hồ sơ của mình và mở yêu cầu từ đó.',
  lookupLink: 'Kiểm tra lại hồ sơ của tôi',
} as const;

for (const javaScript of [true, false]) {
  test.describe(`lost PIN, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    test(`vi, JavaScript ${javaScript ? 'on' : 'off'}: check the record again, press "Open my claim", see the claim without the PIN`, async ({
      page,
      people,
      selfCheckDb,
    }) => {
      const scan = scanFor(javaScript);
      const person: Person = people.pool[personIndex[javaScript ? 'js' : 'nojs']]!;
      const filed = await fileClaim(
        { db: selfCheckDb.db, hasher: getHasher(), sealer: getSealer() },
        person.recordId,
        syntheticClaimForm('vi'),
      );
      if (filed.outcome !== 'filed') throw new Error('This person already has a claim: run against a fresh e2e database');

      // The lookup page tells a person who lost the PIN what to do, and links to the check.
      await page.goto('/vi/claim/status');
      await expect(page.getByTestId('lost-pin')).toContainText(vi.lookupLostPin);
      await expect(page.getByRole('link', { name: vi.lookupLink })).toHaveAttribute('href', '/vi/check');
      await scan(page, 'the lookup page with the lost-PIN line (vi)');

      // Without a verified check, "Open my claim" is not there to press: the claim page asks to check first.
      await page.goto('/vi/claim');
      await expect(page.getByTestId('session-expired')).toBeVisible();
      await expect(page.getByTestId('open-my-claim')).toHaveCount(0);

      await page.goto('/en/check');
      await submitLetter(page, person.noticeCode, person.dob);
      await expect(page).toHaveURL(/\/en\/check\/result$/);

      await page.goto('/vi/claim');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.existsTitle);
      await expect(page.getByTestId('existing-claim-number')).toHaveText(formatClaimNumber(filed.claimNumber));
      await expect(page.getByText(vi.lostPin)).toBeVisible();
      await scan(page, 'the claim page for a claim already filed (vi)');
      const before = await rowsOf<{ n: number }>(
        selfCheckDb.db,
        sql`select count(*)::int as n from audit_log where action = 'claim.status_opened' and record_id = ${person.recordId}`,
      );
      expect(before[0]!.n).toBe(0);

      await page.getByRole('button', { name: vi.open, exact: true }).click();
      await expect(page).toHaveURL(/\/vi\/claim\/status\/view$/);
      await expect(page.getByTestId('claim-number')).toContainText(formatClaimNumber(filed.claimNumber));
      await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText(vi.received);
      await scan(page, 'the claim opened without the PIN (vi)');

      const opened = await rowsOf<{ actor: string; detail: Record<string, unknown> }>(
        selfCheckDb.db,
        sql`select actor, detail from audit_log where action = 'claim.status_opened' and record_id = ${person.recordId}`,
      );
      expect(opened).toEqual([{ actor: 'check-session', detail: { claim: filed.claimId, via: 'letter' } }]);
    });
  });
}
