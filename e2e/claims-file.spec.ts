// Filing a compensation claim from a verified self-check (issue 17, item 2), in the browser: by check with
// JavaScript on, by direct deposit without JavaScript (a bad routing number first), in Spanish and in Arabic
// at phone width; one claim per record whatever the browser does (back, a second tab); axe on every page.
import type { Page } from '@playwright/test';
import { findClaimByRecord } from '../db/queries/claims';
import { openClaim, pinMatches } from '../lib/claims/filing';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { formatLongDate } from '../lib/intl-dates';
import { expectNoAxeViolations, scanFor } from './support/axe';
import { expect, submitLetter, test, type Person } from './support/self-check';

// Long walks with an axe scan on every page: on 2 cores shared with other suites they take one to two minutes.
test.describe.configure({ mode: 'parallel', timeout: 240_000 });

const summary = (page: Page) => page.getByRole('group', { name: 'There is a problem' });
const shots = (name: string) => test.info().outputPath(`${name}.png`);

/**
 * People of the synthetic data set who have not filed yet (a claim is forever, and the e2e database lives
 * across runs), a different one for each test: each test takes its own slice of the pool.
 */
async function freshPerson(people: { pool: Person[] }, db: Parameters<typeof findClaimByRecord>[0], slice: number): Promise<Person> {
  const candidates = people.pool.slice(24 + slice * 10, 24 + slice * 10 + 10);
  for (const person of candidates) if (!(await findClaimByRecord(db, person.recordId))) return person;
  throw new Error(`No synthetic person without a claim left in slice ${slice}: prepare a new e2e database`);
}

async function verify(page: Page, person: Person) {
  await page.goto('/en/check');
  await submitLetter(page, person.noticeCode, person.dob);
  await expect(page).toHaveURL(/\/en\/check\/result$/);
}

async function fillCheckAddress(page: Page) {
  await page.locator('#street').fill('1200 Synthetic Ave Apt 3');
  await page.locator('#city').fill('Los Angeles');
  await page.locator('#state').fill('CA');
  await page.locator('#zip').fill('90011');
}

/** Nothing wider than the phone: no sideways scrolling (an RTL page once grew to 17,000 px from hidden inputs). */
async function expectPhoneWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** Ticks a USWDS radio or checkbox as a person does: its input is drawn by its label, so the label is pressed. */
async function choose(page: Page, id: string) {
  await page.locator(`label[for="${id}"]`).click();
  await expect(page.locator(`#${id}`)).toBeChecked();
}

/** Presses a form's submit button and waits for the answer: the next attempt's form, or another page. */
async function submit(page: Page, name?: string) {
  const before = page.url();
  const form = page.locator('form[data-attempt]');
  const attempt = Number((await form.getAttribute('data-attempt')) ?? 0);
  await (name ? page.getByRole('button', { name }) : page.locator('form[data-attempt] button[type="submit"]')).click();
  await expect
    .poll(
      async () =>
        page.url() !== before || Number((await form.getAttribute('data-attempt', { timeout: 500 }).catch(() => null)) ?? attempt) > attempt,
      { timeout: 15_000 },
    )
    .toBe(true);
}

test('a person files a claim by check, sees the number and PIN once, and a second try shows the same claim', async ({
  page,
  people,
  selfCheckDb,
  clientAddress,
}) => {
  const person = await freshPerson(people, selfCheckDb.db, 0);
  await verify(page, person);
  const claimSection = page.getByRole('region', { name: 'How to file a claim' });
  await expect(claimSection).toContainText('You can file a claim for damages here');
  await page.getByRole('link', { name: 'File a claim' }).click();

  await expect(page).toHaveURL(/\/en\/claim$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('File a claim for damages');
  await expect(page.getByTestId('statutory-amount')).toHaveText(/^\$\d{1,3}(,\d{3})*$/);
  const statutory = await page.getByTestId('statutory-amount').innerText();
  // A paper check is chosen unless the person asks for direct deposit; a prepaid card is no choice at all.
  await expect(page.getByLabel('A paper check by mail')).toBeChecked();
  await expect(page.getByText(/prepaid card/)).toContainText('We never pay with a prepaid card');
  await expect(page.getByLabel('Routing number')).toBeHidden();
  await expectNoAxeViolations(page, 'the claim form');
  await page.screenshot({ path: shots('form-1280'), fullPage: true });

  // Nothing filled in: the address is asked for, at the field.
  await submit(page, 'Continue');
  await expect(summary(page).getByRole('link')).toHaveText(['Enter the street address']);
  await expect(summary(page).getByRole('link')).toHaveAttribute('href', '#street');
  await expect(summary(page)).toBeFocused();
  await expectNoAxeViolations(page, 'the claim form with an error');

  await choose(page, 'actual-yes');
  await page.getByLabel('Your actual costs, in US dollars').fill('2,500');
  await page.getByLabel('What happened, and what did it cost you?').fill('Synthetic: I moved home after the disclosure.');
  await page.getByLabel('Email address').fill('claimant@example.org');
  await fillCheckAddress(page);
  await submit(page, 'Continue');

  await expect(page).toHaveURL(/\/en\/claim\/check-answers$/);
  await expect(page.getByTestId('answer-statutory')).toContainText(statutory);
  await expect(page.getByTestId('answer-actual')).toContainText('$2,500');
  await expect(page.getByTestId('answer-payment')).toContainText('A paper check by mail');
  await expect(page.getByRole('main')).toContainText('1200 SYNTHETIC AVE APT 3');
  await expect(page.getByRole('link', { name: 'Change Email address' })).toHaveAttribute('href', '/en/claim#email');
  await expectNoAxeViolations(page, 'check your answers');
  await page.getByRole('link', { name: 'Continue to sign' }).click();

  await expect(page).toHaveURL(/\/en\/claim\/sign$/);
  await expect(page.getByTestId('declaration-text')).toHaveText(
    'I declare under penalty of perjury under the laws of the United States of America that the information in this claim is true and correct.',
  );
  await expect(page.getByTestId('no-waiver')).toContainText('never takes away any of your rights');
  await expect(page.getByRole('main')).toContainText('You do not need a notary');
  await expectNoAxeViolations(page, 'the declaration');
  // Two tabs: a second one on the signing page, before the first files.
  const second = await page.context().newPage();
  await second.goto('/en/claim/sign');
  await expect(second.getByTestId('claim-sign')).toBeVisible();

  await submit(page, 'Sign and file my claim');
  await expect(summary(page).getByRole('link')).toHaveText(['Check the box to make your declaration', 'Type your full name to sign']);
  await expect(summary(page).getByRole('link').first()).toHaveAttribute('href', '#declaration');
  await expectNoAxeViolations(page, 'the declaration with errors');
  await choose(page, 'declaration');
  await page.getByLabel('Type your full name to sign').fill(`${person.firstName} ${person.lastName}`);
  await submit(page, 'Sign and file my claim');

  await expect(page).toHaveURL(/\/en\/claim\/filed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your claim is filed');
  const claimNumber = await page.getByTestId('claim-number').innerText();
  const pin = await page.getByTestId('claim-pin').innerText();
  expect(claimNumber).toMatch(/^C-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(pin).toMatch(/^[0-9]{8}$/);
  await expect(page.getByRole('main')).toContainText('We show the PIN only on this page');
  await expect(page.getByTestId('claims-deadline')).toContainText(formatLongDate('en', env().CLAIMS_DEADLINE));
  await expect(page.getByRole('link', { name: 'See the status of your claim' })).toHaveAttribute('href', '/en/claim/status');
  await expect(page.getByRole('link', { name: 'Add documents to your claim' })).toHaveAttribute('href', '/en/claim/documents');
  await expectNoAxeViolations(page, 'the confirmation');
  await page.screenshot({ path: shots('filed-1280'), fullPage: true });

  // In the database: one claim, the PIN only as its keyed hash, everything typed sealed.
  const stored = (await findClaimByRecord(selfCheckDb.db, person.recordId))!;
  expect(stored.claimNumber).toBe(claimNumber.replace(/^C-/, '').replace(/-/g, ''));
  expect(stored).toMatchObject({ status: 'submitted', actualCents: 250_000, paymentMethod: 'check', language: 'en' });
  expect(pinMatches(getHasher(), stored, pin)).toBe(true);
  expect(stored.clientSignal).toEqual(getHasher().claimSignal('client', clientAddress));
  expect(openClaim(getSealer(), stored)).toMatchObject({
    email: 'claimant@example.org',
    signedName: `${person.firstName} ${person.lastName}`,
  });

  // The second tab signs too: it is shown the claim that exists, without the PIN, and nothing new is filed.
  await choose(second, 'declaration');
  await second.getByLabel('Type your full name to sign').fill(`${person.firstName} ${person.lastName}`);
  await submit(second, 'Sign and file my claim');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('You already filed a claim');
  await expect(second.getByTestId('existing-claim-number')).toHaveText(claimNumber);
  await expect(second.getByRole('main')).not.toContainText(pin);
  await expectNoAxeViolations(second, 'already filed');

  // Back in the first tab, and through the form again: the same claim, never the PIN again.
  await page.goBack();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You already filed a claim');
  await page.goto('/en/claim/filed');
  await expect(page.getByTestId('existing-claim-number')).toHaveText(claimNumber);
  await expect(page.getByRole('main')).not.toContainText(pin);
  await page.goto('/en/claim');
  await expect(page.getByTestId('existing-claim-number')).toHaveText(claimNumber);
  await page.goto('/en/check/result');
  await expect(page.getByTestId('claim-filed-note')).toHaveText(`You filed claim ${claimNumber}.`);
  const again = (await findClaimByRecord(selfCheckDb.db, person.recordId))!;
  expect(again.id).toBe(stored.id);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const scan = scanFor(false);

  test('direct deposit: a bad routing number is explained at the field, then the claim is filed', async ({ page, people, selfCheckDb }) => {
    const person = await freshPerson(people, selfCheckDb.db, 1);
    await verify(page, person);
    await page.goto('/en/claim');
    await choose(page, 'pay-deposit');
    await page.getByLabel('Routing number').fill('123456789');
    await page.getByLabel('Account number', { exact: true }).fill('7766554433');
    await page.getByLabel('Account number again').fill('7766554433');
    await choose(page, 'account-checking');
    // As a bank shortens a name for ACH: 22 letters at most (a longer one is refused at the field).
    await page.getByLabel('Name on the account').fill(`${person.firstName[0]} ${person.lastName}`.slice(0, 22));
    await submit(page, 'Continue');
    const link = summary(page).getByRole('link');
    await expect(link).toHaveText(['This routing number is not right. Check the 9 digits with your bank']);
    await expect(link).toHaveAttribute('href', '#routing-number');
    await expect(page.getByLabel('Routing number')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#routing-number-error')).toHaveText('This routing number is not right. Check the 9 digits with your bank');
    // Nothing typed is cleared, and the choice stays.
    await expect(page.getByLabel('Routing number')).toHaveValue('123456789');
    await expect(page.getByLabel('Direct deposit to a bank account')).toBeChecked();
    await scan(page, 'the claim form with a bad routing number');

    await page.getByLabel('Routing number').fill('021000021');
    await submit(page, 'Continue');
    await expect(page).toHaveURL(/\/en\/claim\/check-answers$/);
    await expect(page.getByRole('main')).toContainText('Checking account ending in 4433');
    await expect(page.getByRole('main')).not.toContainText('7766554433');
    await scan(page, 'check your answers');
    await page.getByRole('link', { name: 'Continue to sign' }).click();
    await choose(page, 'declaration');
    await page.getByLabel('Type your full name to sign').fill(`${person.firstName} ${person.lastName}`);
    await scan(page, 'the declaration');
    await submit(page, 'Sign and file my claim');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your claim is filed');
    await scan(page, 'the confirmation');
    const stored = (await findClaimByRecord(selfCheckDb.db, person.recordId))!;
    expect(stored.paymentMethod).toBe('direct_deposit');
    expect(openClaim(getSealer(), stored).payment).toMatchObject({ routingNumber: '021000021', accountNumber: '7766554433' });
  });

  test('an expired or missing session gets the same page as the result', async ({ page }) => {
    for (const path of ['/en/claim', '/en/claim/check-answers', '/en/claim/sign', '/en/claim/filed']) {
      await page.goto(path);
      await expect(page.getByTestId('session-expired')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Check again with your code and date of birth' })).toBeVisible();
    }
  });
});

for (const { locale, dir, title, filed, declarationError } of [
  {
    locale: 'es',
    dir: 'ltr',
    title: 'Presente una reclamación por daños',
    filed: 'Su reclamación está presentada',
    declarationError: 'Marque la casilla para hacer su declaración',
  },
  {
    locale: 'ar',
    dir: 'rtl',
    title: 'قدّم مطالبة بالتعويض عن الأضرار',
    filed: 'تم تقديم مطالبتك',
    declarationError: 'ضع علامة في المربع لتقديم إقرارك',
  },
] as const) {
  test(`the whole flow in ${locale} at phone width (390 px)`, async ({ page, people, selfCheckDb }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const person = await freshPerson(people, selfCheckDb.db, locale === 'es' ? 2 : 3);
    await verify(page, person);
    await page.goto(`/${locale}/claim`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('#language')).toHaveValue(locale);
    await expectNoAxeViolations(page, `the claim form (${locale})`);
    await expectPhoneWidth(page);
    await page.screenshot({ path: shots(`form-${locale}-390`), fullPage: true });
    await fillCheckAddress(page);
    await submit(page);
    await expect(page).toHaveURL(new RegExp(`/${locale}/claim/check-answers$`));
    await expectNoAxeViolations(page, `check your answers (${locale})`);
    await expectPhoneWidth(page);
    await page.screenshot({ path: shots(`answers-${locale}-390`), fullPage: true });
    await page.locator(`a[href="/${locale}/claim/sign"]`).click();
    await page.locator('#signed-name').fill(`${person.firstName} ${person.lastName}`);
    await submit(page);
    await expect(page.locator('.dc-error-summary').getByRole('link')).toHaveText([declarationError]);
    await expectNoAxeViolations(page, `the declaration with an error (${locale})`);
    await expectPhoneWidth(page);
    await page.screenshot({ path: shots(`sign-${locale}-390`), fullPage: true });
    await choose(page, 'declaration');
    await submit(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(filed);
    await expect(page.getByTestId('claims-deadline')).toContainText(formatLongDate(locale, env().CLAIMS_DEADLINE));
    await expect(page.getByTestId('claim-number')).toHaveAttribute('dir', 'ltr');
    await expectPhoneWidth(page);
    await expectNoAxeViolations(page, `the confirmation (${locale})`);
    await page.screenshot({ path: shots(`filed-${locale}-390`), fullPage: true });
    expect((await findClaimByRecord(selfCheckDb.db, person.recordId))?.language).toBe(locale);
  });
}
