// Four eyes on disposal certifications, in the browser: an operator's certification changes nothing on the
// person's public result until an administrator approves it; a withdrawal one staff member requests leaves
// the answer as it is, and it goes back once a second person confirms the withdrawal.
// On the way: no scope or method preselected, a value typed for another scope refused at its field, the
// count and a sample before recording; on the result page, the method as a translated label (never the
// staff's note) and the list of who looked at the record (issue 11, parts 1 and 7). Axe scans each state.
import type { Browser, Page } from '@playwright/test';
import { signInAs } from './support/admin-session';
import { expectNoAxeViolations } from './support/axe';
import { expect, submitLetter, test } from './support/self-check';

// Three people's browsers, several sign-ins and axe scans: more than the default 30 s on 2 busy cores.
test.describe.configure({ timeout: 180_000 });

// USWDS draws its own radios over visually hidden inputs: click the label.
const choose = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();

async function staffPage(browser: Browser, role: 'notice_operator' | 'administrator'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

const disposalSection = (page: Page) => page.locator('section[aria-labelledby="disposal"]');

test('an operator’s certification is invisible to the person until an administrator approves it; a requested withdrawal changes nothing, a confirmed one takes it away', async ({
  browser,
  page,
  people,
}) => {
  // The last people of the pool: no other spec's slot uses them.
  const person = people.pool.at(-1)!;
  const note = `Wiped by contractor ${Date.now()}`;

  // The person opens their result: no disposal yet.
  await page.goto('/en/check');
  await submitLetter(page, person.noticeCode, person.dob);
  await expect(page).toHaveURL(/\/en\/check\/result$/);
  await expect(disposalSection(page)).toContainText('Not yet.');

  // The operator: nothing preselected, so counting at once asks for both choices.
  const operator = await staffPage(browser, 'notice_operator');
  await operator.goto('/admin/disposal/new');
  for (const id of ['scope-all', 'scope-category', 'scope-batch', 'scope-notice_codes', 'method-deletion', 'method-other']) {
    await expect(operator.locator(`#${id}`)).not.toBeChecked();
  }
  await operator.getByRole('button', { name: 'Count records' }).click();
  await expect(operator.locator('#field-scope-error')).toHaveText('Choose what the certification covers');
  await expect(operator.locator('#field-method-error')).toHaveText('Choose how DHS disposed of the data');

  const today = new Date();
  await operator.getByLabel('Month', { exact: true }).fill(String(today.getUTCMonth() + 1));
  await operator.getByLabel('Day', { exact: true }).fill(String(today.getUTCDate()));
  await operator.getByLabel('Year', { exact: true }).fill(String(today.getUTCFullYear()));
  await operator.getByLabel('DHS reference').fill('DHS-CERT-E2E');
  await choose(operator, 'method-deletion');
  await operator.getByLabel(/^Note on the method/).fill(note);
  await choose(operator, 'scope-notice_codes');
  await operator.getByLabel(/^Notice codes/).fill(person.noticeCode);
  // A batch number too, as in the case seen: refused at its own field, not silently used or dropped.
  await operator.getByLabel(/^Batch numbers/).fill('3');
  await operator.getByRole('button', { name: 'Count records' }).click();
  await expect(operator.locator('#field-batchIds-error')).toContainText('Clear this field');
  await expect(operator.getByRole('button', { name: 'Record draft certification' })).toHaveCount(0);
  await operator.getByLabel(/^Batch numbers/).fill('');
  await operator.getByRole('button', { name: 'Count records' }).click();
  const counted = operator.getByRole('status');
  await expect(counted).toContainText('1 records match');
  await expect(counted).toContainText('1 of them have no approved certification yet');
  await expect(operator.getByTestId('disposal-sample').getByRole('rowheader')).toHaveText(String(person.recordId));
  await expectNoAxeViolations(operator);
  await operator.getByRole('button', { name: 'Record draft certification' }).click();
  await expect(operator).toHaveURL(/\/admin\/disposal\/\d+\?recorded=1$/);
  const certificationUrl = operator.url().replace(/\?.*$/, '');
  await expect(operator.getByTestId('certification-status')).toHaveText('Draft, awaiting approval');
  await expect(operator.getByText('You recorded this certification, so another staff member must approve it.')).toBeVisible();
  await expect(operator.getByRole('button', { name: 'Approve certification' })).toHaveCount(0);
  await expectNoAxeViolations(operator);
  // The operator opens the record from the sample (masked): an access the person will see, by role only.
  await operator.goto(`/admin/records/${person.recordId}`);

  // Recorded, not approved: the person's answer has not changed.
  await page.reload();
  await expect(disposalSection(page)).toContainText('Not yet.');

  // An administrator approves: now, and only now, the result says so, with the method's label.
  const admin = await staffPage(browser, 'administrator');
  await admin.goto(certificationUrl);
  await expect(admin.getByTestId('approval-effect')).toContainText('Approving it would mark 1 records');
  await admin.getByRole('button', { name: 'Approve certification' }).click();
  await expect(admin.getByRole('status')).toContainText('is approved: 1 records newly marked');
  await expect(admin.getByTestId('certification-status')).toHaveText('Approved');
  await page.reload();
  await expect(disposalSection(page)).toContainText('Yes. The Department of Homeland Security (DHS) certified on');
  await expect(disposalSection(page)).toContainText('Reference of the certification: DHS-CERT-E2E');
  await expect(disposalSection(page)).toContainText('How it was disposed of: Deletion from DHS systems');
  await expect(page.getByRole('main')).not.toContainText(note);

  // Who looked: the person's own check and views, and the operator's masked view, by role, never a name.
  const history = page.getByTestId('access-history');
  await expect(history.getByRole('heading', { name: 'Who has looked at your record' })).toBeVisible();
  const rows = history.getByRole('row');
  await expect(
    rows.filter({ hasText: 'Staff: notice operator' }).filter({ hasText: 'Opened your record, with personal details hidden' }),
  ).toHaveCount(1);
  await expect(
    rows.filter({ hasText: 'You, with the self-check' }).filter({ hasText: 'Opened your result with the notice code from your letter' }),
  ).toHaveCount(1);
  // Two earlier views of this page (the first visit, the reload after recording); this one is not listed yet.
  await expect(rows.filter({ hasText: 'Viewed this result page' })).toHaveCount(2);
  await expect(history.getByTestId('access-count')).toHaveText('4 accesses are recorded.');
  // When, in the page's language with the zone named (the portal's zone: US Eastern).
  await expect(history.locator('time').first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d, \d{1,2}:\d{2}\s[AP]M E[SD]T$/);
  await expect(history).not.toContainText('@example');
  await expectNoAxeViolations(page);

  // The same in Spanish, on the same session.
  await page.goto('/es/check/result');
  await expect(disposalSection(page)).toContainText('Cómo se eliminaron: Borrado de los sistemas del DHS');
  await expect(history.getByRole('heading', { name: 'Quién ha consultado su registro' })).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Personal: operador de avisos' })).toHaveCount(1);
  await expect(history.locator('time').first()).toHaveText(/^\d{1,2} [a-z]{3}\.? 20\d\d, \d{1,2}:\d{2}\s.*$/);

  // Withdrawal takes two people too. The operator who recorded it asks, with a reason; a missing reason is
  // refused at its field.
  await operator.goto(certificationUrl);
  await operator.getByRole('button', { name: 'Request withdrawal' }).click();
  await expect(operator.locator('#field-reason-error')).toHaveText('Give the reason for the withdrawal');
  await expect(operator.getByLabel(/^Reason for withdrawing/)).toHaveAttribute('aria-invalid', 'true');
  await operator.getByLabel(/^Reason for withdrawing/).fill('DHS withdrew the certification');
  await operator.getByRole('button', { name: 'Request withdrawal' }).click();
  await expect(operator.getByRole('status')).toContainText('Withdrawal of certification');
  await expect(operator.getByTestId('certification-status')).toHaveText('Approved; withdrawal requested, awaiting a second person');
  // The requester waits for a second person: no confirm button for them, only a cancel.
  await expect(operator.getByTestId('withdrawal-waiting')).toContainText('Waiting for a second person.');
  await expect(operator.getByRole('button', { name: 'Confirm withdrawal' })).toHaveCount(0);
  await expect(operator.getByRole('button', { name: 'Cancel withdrawal request' })).toBeVisible();
  await expectNoAxeViolations(operator);

  // Requested, not confirmed: the person's answer has not changed.
  await page.goto('/en/check/result');
  await expect(disposalSection(page)).toContainText('Yes. The Department of Homeland Security (DHS) certified on');
  await expect(disposalSection(page)).toContainText('Reference of the certification: DHS-CERT-E2E');

  // The administrator sees who asked (by role), when and why, and confirms.
  await admin.goto(certificationUrl);
  const request = admin.getByTestId('withdrawal-request');
  await expect(request).toContainText('Notice operator');
  await expect(request).toContainText('Reason given (staff only): DHS withdrew the certification');
  await expect(admin.getByTestId('withdrawal-waiting')).toHaveCount(0);
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Confirm withdrawal' }).focus();
  await admin.keyboard.press('Enter');
  await expect(admin.getByRole('status')).toContainText('is withdrawn: 1 records no longer show a disposal');
  await expect(admin.getByTestId('certification-status')).toHaveText('Withdrawn');
  await expect(admin.getByText('DHS withdrew the certification')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Confirm withdrawal' })).toHaveCount(0);
  await expectNoAxeViolations(admin);

  await page.goto('/en/check/result');
  await expect(disposalSection(page)).toContainText('Not yet.');
  await expect(disposalSection(page)).not.toContainText('DHS-CERT-E2E');
});
