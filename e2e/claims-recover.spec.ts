// A lost PIN, in the browser, in Vietnamese, with JavaScript on and off: a person with a claim (filed here
// with fileClaim for a synthetic record) proves who they are again through the self-check, sees on the claim
// page that they already filed, presses "Open my claim" and sees their claim's status without the PIN; the
// opening is in the audit log with the check session as the actor. The status lookup page says how to do
// this and links to the check. A denied claim, in Russian: the person asks for an appeal with an
// explanation (refused empty at the field), sees the request in their history and the form gone; a claims
// reviewer finds the claim under "Appeal asked", reads the explanation behind the audited reveal, reopens
// the claim on appeal and the request is handled. axe on every page.
import type { Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/index';
import { fileClaim, formatClaimNumber } from '../lib/claims/filing';
import { startReview } from '../lib/claims/review';
import { getHasher, getSealer } from '../lib/keys';
import { decideForTest, syntheticClaimForm } from '../testing/claims';
import { signInAs } from './support/admin-session';
import { scanFor } from './support/axe';
import { expect, submitLetter, test, type Person, submitForm } from './support/self-check';

test.describe.configure({ mode: 'parallel', timeout: 120_000 });
test.use({ viewport: { width: 390, height: 844 } });

// People 90-93 of the pool are this spec's alone (claims-file takes 24-63, claims-status 64-69,
// claims-documents 72-87, admin-disposal the last): 92 and 93 for the lost PIN, 90 and 91 for the appeal.
const personIndex = { js: 92, nojs: 93 } as const;
const appealIndex = { js: 90, nojs: 91 } as const;

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

// What the person reads, copied once by hand from messages/ru.json (never read from it: a test's expected
// text does not come from the code under test).
const ru = {
  SelfCheckForm: {
    continue: 'Продолжить',
  },
  ClaimStatus: {
    claimNumberLabel: 'Номер требования',
    pinLabel: 'PIN-код',
    statusTitle: {
      denied: 'Не одобрено',
    },
    appealHeading: 'Попросить нас пересмотреть требование',
    appealSubmit: 'Подать апелляцию',
    error: {
      appeal_missing: 'Прежде чем отправить, напишите, почему нам стоит пересмотреть Ваше требование',
    },
    appealLabel: 'Почему нам стоит пересмотреть Ваше требование?',
    appealAsked: 'Спасибо. Мы получили Вашу просьбу пересмотреть требование. Мы сообщим Вам о нашем решении.',
    historyAppealAsked: 'Вы подали апелляцию',
  },
} as const;
const cs = ru.ClaimStatus;

/** Presses a form's submit button and waits for the answer (e2e/support/self-check.ts submitForm). */
const submit = (page: Page, name: string) => submitForm(page, name);

for (const javaScript of [true, false]) {
  test.describe(`appeal, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    test(`ru, JavaScript ${javaScript ? 'on' : 'off'}: a denied claim, the person asks for an appeal${javaScript ? ', a reviewer reads and reopens it' : ''}`, async ({
      page,
      people,
      selfCheckDb,
      browser,
    }) => {
      const scan = scanFor(javaScript);
      const person: Person = people.pool[appealIndex[javaScript ? 'js' : 'nojs']]!;
      const filed = await fileClaim(
        { db: selfCheckDb.db, hasher: getHasher(), sealer: getSealer() },
        person.recordId,
        syntheticClaimForm('ru'),
      );
      if (filed.outcome !== 'filed') throw new Error('This person already has a claim: run against a fresh e2e database');
      const review = { db: selfCheckDb.db, auditKey: getHasher().auditKey, secondReviewAboveCents: 500_000 };
      await startReview(review, 'e2e-reviewer', filed.claimId);
      await decideForTest(review, filed.claimId, { outcome: 'denied', amountCents: 0, reasonCode: 'duplicate_claim' });

      await page.goto('/ru/claim/status');
      await page.getByLabel(cs.claimNumberLabel, { exact: true }).fill(formatClaimNumber(filed.claimNumber));
      await page.getByLabel(cs.pinLabel, { exact: true }).fill(filed.pin);
      await submit(page, ru.SelfCheckForm.continue);
      await expect(page).toHaveURL(/\/ru\/claim\/status\/view$/);
      await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText(cs.statusTitle.denied);
      const appeal = page.getByTestId('appeal');
      await expect(appeal.getByRole('heading', { level: 2 })).toHaveText(cs.appealHeading);
      await scan(page, 'a denied claim with the appeal form (ru)');

      // Empty: refused at the field. Then the explanation.
      await submit(page, cs.appealSubmit);
      await expect(page.locator('#explanation-error')).toHaveText(cs.error.appeal_missing);
      await scan(page, 'an empty appeal (ru)');
      const explanation = 'Синтетический текст: это требование не дубликат, у моей сестры другой номер.';
      await page.getByLabel(cs.appealLabel, { exact: true }).fill(explanation);
      await submit(page, cs.appealSubmit);
      await expect(page).toHaveURL(/\/ru\/claim\/status\/view\?appealed=1$/);
      await expect(page.getByTestId('appealed')).toContainText(cs.appealAsked);
      await expect(page.getByTestId('appeal')).toHaveCount(0);
      await expect(page.getByTestId('appeal-asked')).toBeVisible();
      await expect(page.getByTestId('history').getByRole('listitem').first()).toContainText(cs.historyAppealAsked);
      await scan(page, 'the appeal asked (ru)');

      const [row] = await rowsOf<{ explanation_sealed: Uint8Array; handled_at: Date | null }>(
        selfCheckDb.db,
        sql`select explanation_sealed, handled_at from claim_appeal_requests where claim_id = ${filed.claimId}`,
      );
      expect(row!.handled_at).toBeNull();
      expect(Buffer.from(row!.explanation_sealed).includes(Buffer.from('сестры', 'utf8'))).toBe(false);
      if (!javaScript) return;

      const reviewer = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });
      const staffPage = await reviewer.newPage();
      await signInAs(staffPage, 'claims_reviewer');
      await staffPage.goto('/admin/claims?appeal=asked');
      await expect(staffPage.getByRole('link', { name: formatClaimNumber(filed.claimNumber) })).toBeVisible();
      await staffPage.goto(`/admin/claims/${filed.claimId}`);
      await expect(staffPage.getByTestId('appeal-asked')).toContainText('Appeal asked');
      await expect(staffPage.getByText(explanation)).toHaveCount(0);
      await staffPage.getByRole('button', { name: 'Open contact and payment details (audited)' }).click();
      await expect(staffPage.getByTestId('claim-appeal')).toContainText(explanation);
      await staffPage.goto(`/admin/claims/${filed.claimId}`);
      await staffPage.getByRole('button', { name: 'Reopen on appeal' }).click();
      await expect(staffPage.getByTestId('appeal-asked')).toContainText('handled by');
      await expect
        .poll(async () => {
          const [after] = await rowsOf<{ handled_at: Date | null }>(
            selfCheckDb.db,
            sql`select handled_at from claim_appeal_requests where claim_id = ${filed.claimId}`,
          );
          return after!.handled_at !== null;
        })
        .toBe(true);
      await staffPage.goto('/admin/claims?appeal=asked');
      await expect(staffPage.getByRole('link', { name: formatClaimNumber(filed.claimNumber) })).toHaveCount(0);
      await reviewer.close();
    });
  });
}
