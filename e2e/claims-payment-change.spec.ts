// The person changes where their payment goes, in Farsi (right to left) on a 390 px phone, with JavaScript
// and without: a claim filed and approved in the test (paper check), looked up with its number and PIN; the
// status page's link to the change; the claim form's payment fields with a mistyped account number and the
// confirmation left unticked (each error at its field and in the summary, nothing typed cleared); then the
// change, back on the status page with the confirmation, the hold (approved: payout is near) and the history
// entry. In the database: the claim held for payment_changed, one notice per channel, no digit in either.
// axe on every page. Pool people 70 and 71 are this spec's alone (claims-status takes 64-69, claims-documents
// 72-87; 88-95 are taken by others).
import { mkdirSync } from 'node:fs';
import { eq, like } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { moveClaimStatus } from '../db/queries/claims';
import { claims, notices } from '../db/schema';
import { fileClaim, formatClaimNumber } from '../lib/claims/filing';
import { startReview } from '../lib/claims/review';
import { getHasher, getSealer } from '../lib/keys';
import { approveForTest, syntheticClaimForm } from '../testing/claims';
import { scanFor } from './support/axe';
import { expect, test, type Person, submitForm } from './support/self-check';

test.describe.configure({ mode: 'parallel', timeout: 120_000 });

const shots = '.data/screens';
async function fitsAndShoot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 390 px`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${shots}/claim-payment-change-${name}.png`, fullPage: true });
}

/** Presses a form's submit button and waits for the answer (e2e/support/self-check.ts submitForm). */
const submit = (page: Page, name: string) => submitForm(page, name);

// What the person reads, copied once by hand from messages/fa.json (never read from it: a test's expected
// text does not come from the code under test).
const fa = {
  ClaimStatus: {
    claimNumberLabel: 'شماره ادعا',
    pinLabel: 'PIN',
    statusTitle: {
      payment_issued: 'پرداخت فرستاده شد',
    },
  },
  SelfCheckForm: {
    continue: 'ادامه',
  },
  Claim: {
    payDeposit: 'واریز مستقیم به حساب بانکی',
    routingLabel: 'شمارهٔ مسیریابی بانک (routing number)',
    accountLabel: 'شمارهٔ حساب',
    accountAgainLabel: 'دوباره شمارهٔ حساب',
    savings: 'حساب پس‌انداز',
    holderLabel: 'نام صاحب حساب',
    problem: {
      account_mismatch: 'دو شمارهٔ حساب یکی نیستند. هر دو را بررسی کنید',
    },
  },
  ClaimPaymentChange: {
    title: 'تغییر جایی که مبلغ را برایتان می‌فرستیم',
    warningScam:
      'ما هرگز تماس نمی‌گیریم یا نامه نمی‌نویسیم تا از شما بخواهیم اطلاعات پرداخت را تغییر دهید. اگر کسی چنین چیزی از شما خواسته، دست نگه دارید و با ما تماس بگیرید.',
    submit: 'تغییر اطلاعات پرداخت من',
    confirmRequired: 'برای تأیید اینکه شما کسی هستید که این ادعا را ثبت کرده، این خانه را علامت بزنید',
    confirmLabel: 'من کسی هستم که این ادعا را ثبت کرده است',
    changedHeading: 'اطلاعات پرداخت شما تغییر کرد',
    changedHeld: 'ادعای شما پیش‌تر پذیرفته شده است، پس پیش از فرستادن مبلغ، تغییر را با شما بررسی می‌کنیم.',
    history: 'شما اطلاعات پرداخت را تغییر دادید',
    refused: {
      paid_out: {
        text: 'مبلغ شما را پیش‌تر فرستاده‌ایم، پس اطلاعات آن را اینجا نمی‌توان تغییر داد. اگر چیزی درست نیست، با ما تماس بگیرید.',
      },
    },
  },
} as const;
const c = fa.Claim;
const p = fa.ClaimPaymentChange;
const personIndex = { js: 70, nojs: 71 } as const;
const account = '4455667788';

for (const javaScript of [true, false]) {
  test.describe(`JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });

    test('fa: change an approved claim’s payment to direct deposit, errors first; the claim is held and the person told', async ({
      page,
      people,
      selfCheckDb,
    }) => {
      const scan = scanFor(javaScript);
      const db = selfCheckDb.db;
      const person: Person = people.pool[personIndex[javaScript ? 'js' : 'nojs']]!;
      const filed = await fileClaim({ db, hasher: getHasher(), sealer: getSealer() }, person.recordId, syntheticClaimForm('fa'));
      if (filed.outcome !== 'filed') throw new Error('This person already has a claim: run against a fresh e2e database');
      const review = { db, auditKey: getHasher().auditKey, secondReviewAboveCents: 100_000_000 };
      await startReview(review, 'reviewer-a', filed.claimId);
      await approveForTest(review, filed.claimId, 100_000);

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/fa/claim/status');
      await page.getByLabel(fa.ClaimStatus.claimNumberLabel, { exact: true }).fill(formatClaimNumber(filed.claimNumber));
      await page.getByLabel(fa.ClaimStatus.pinLabel, { exact: true }).fill(filed.pin);
      await submit(page, fa.SelfCheckForm.continue);
      await expect(page).toHaveURL(/\/fa\/claim\/status\/view$/);

      await page.getByTestId('change-payment-link').click();
      await expect(page).toHaveURL(/\/fa\/claim\/status\/change-payment$/);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title);
      await expect(page.getByTestId('change-warning')).toContainText(p.warningScam);
      await scan(page, 'the payment change form (fa)');
      await fitsAndShoot(page, `form${javaScript ? '' : '-nojs'}`);

      // Direct deposit, the account typed differently the second time, the confirmation not ticked.
      await page.getByText(c.payDeposit, { exact: true }).click();
      await page.getByLabel(c.routingLabel, { exact: true }).fill('011000015');
      await page.getByLabel(c.accountLabel, { exact: true }).fill(account);
      await page.getByLabel(c.accountAgainLabel, { exact: true }).fill('4455667789');
      await page.getByText(c.savings, { exact: true }).click();
      await page.getByLabel(c.holderLabel, { exact: true }).fill('Zohreh Synthetic');
      await submit(page, p.submit);
      await expect(page).toHaveURL(/\/fa\/claim\/status\/change-payment$/);
      await expect(page.locator('#account-number-again-error')).toHaveText(c.problem.account_mismatch);
      await expect(page.locator('#confirm-error')).toHaveText(p.confirmRequired);
      const summary = page.locator('.dc-error-summary');
      await expect(summary).toContainText(c.problem.account_mismatch);
      await expect(summary).toContainText(p.confirmRequired);
      // Nothing typed is cleared.
      await expect(page.getByLabel(c.routingLabel, { exact: true })).toHaveValue('011000015');
      await expect(page.getByLabel(c.accountLabel, { exact: true })).toHaveValue(account);
      await scan(page, 'the payment change form with errors (fa)');
      await fitsAndShoot(page, `errors${javaScript ? '' : '-nojs'}`);

      await page.getByLabel(c.accountAgainLabel, { exact: true }).fill(account);
      await page.getByText(p.confirmLabel, { exact: true }).click();
      await submit(page, p.submit);
      await expect(page).toHaveURL(/\/fa\/claim\/status\/view\?paymentChanged=held$/);
      await expect(page.getByTestId('payment-changed')).toContainText(p.changedHeading);
      await expect(page.getByTestId('payment-changed')).toContainText(p.changedHeld);
      await expect(page.getByTestId('history').getByRole('listitem').first()).toContainText(p.history);
      await expect(page.getByTestId('history')).not.toContainText('7788');
      await scan(page, 'the status page after the change (fa)');
      await fitsAndShoot(page, `changed${javaScript ? '' : '-nojs'}`);

      const [row] = await db.select().from(claims).where(eq(claims.id, filed.claimId));
      expect(row).toMatchObject({ status: 'approved', holdReason: 'payment_changed', heldBy: 'claimant', paymentMethod: 'direct_deposit' });
      const told = await db
        .select()
        .from(notices)
        .where(like(notices.dedupeKey, `claim:${filed.claimId}:payment_changed:%`));
      expect(told.map((n) => n.channel).sort()).toEqual(person.email ? ['email', 'letter'] : ['letter']);
      expect(told.every((n) => n.language === 'fa')).toBe(true);
      expect(JSON.stringify(told.map((n) => n.params))).not.toMatch(/4455|7788|011000015/);

      // Once the payment is on its way the status page offers no change, and the change page says why.
      if (!(await moveClaimStatus(db, filed.claimId, 'approved', 'payment_issued', 'payments-test'))) throw new Error('not moved');
      await page.goto('/fa/claim/status/view');
      await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText(fa.ClaimStatus.statusTitle.payment_issued);
      await expect(page.getByTestId('change-payment-link')).toHaveCount(0);
      await page.goto('/fa/claim/status/change-payment');
      await expect(page.getByTestId('refused-paid_out')).toContainText(p.refused.paid_out.text);
      await expect(page.getByRole('main').getByTestId('portal-contact')).toBeVisible();
      await scan(page, 'the change refused once the payment is on its way (fa)');
    });
  });
}
