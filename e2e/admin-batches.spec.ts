// A complete batch run by two staff members, the disposal and outbox pages, and an axe scan of each page
// of the batches, disposal, outbox and dashboard areas. Needs staff sign-in (the admin-auth branch).
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { signInAs } from './support/admin-session';
import { expectNoAxeViolations } from './support/axe';
import { resendE2e } from './support/e2e-env';

// Several sign-ins and axe scans a test: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

// USWDS draws its own checkboxes and radios over visually hidden inputs: click the label.
const tick = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();

/**
 * From a filled-in "new batch" form, as its operator: count, create, preview in `language`, approval by an
 * administrator (a second person), start, and the page refreshing itself to 100 %. Returns the batch's URL.
 */
async function createApproveAndSend(browser: Browser, operator: Page, language: string, afterCount?: () => Promise<void>): Promise<string> {
  await operator.getByRole('button', { name: 'Count records' }).click();
  await expect(operator.getByRole('status')).toContainText('records match');
  await afterCount?.();
  await operator.getByRole('button', { name: 'Create draft batch' }).click();
  await expect(operator).toHaveURL(/\/admin\/batches\/\d+\?created=1$/);
  const batchUrl = operator.url().replace(/\?.*$/, '');
  await expect(operator.getByText('You created this batch, so another staff member must approve it')).toBeVisible();
  await expect(operator.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  await operator.goto(`${batchUrl}/preview?language=${language}`);
  await expect(operator.frameLocator('iframe.dc-preview-frame').locator('body')).toContainText('Alex (sample)');

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, 'administrator');
  await admin.goto(batchUrl);
  await admin.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('status')).toContainText('is approved');

  await operator.goto(batchUrl);
  await operator.getByRole('button', { name: 'Start sending' }).click();
  await expect(operator.getByRole('status').first()).toContainText('has started sending');
  // The page refreshes itself while the batch runs; no reload here.
  // The batch's own bar (a batch with the letter channel also shows how far its letters are printed).
  await expect(operator.getByRole('progressbar', { name: /^Finished/ })).toHaveAttribute('aria-valuenow', '100', { timeout: 120_000 });
  return batchUrl;
}

test('an operator creates a batch, an administrator approves it, and it sends to 100%', async ({ browser }) => {
  const operator = await (await browser.newContext()).newPage();
  await signInAs(operator, 'notice_operator');
  await operator.goto('/admin/batches/new');
  await operator.getByRole('button', { name: 'Count records' }).click();
  await expect(operator.locator('[aria-labelledby="error-summary-heading"]')).toBeFocused();
  await expect(operator.getByRole('heading', { name: 'There is a problem with one answer.' })).toBeVisible();
  await operator.getByLabel('Batch name').fill('Spanish, California and Texas');
  await tick(operator, 'lang-es');
  await operator.getByLabel('States').fill('CA, TX');
  await createApproveAndSend(browser, operator, 'es', async () => {
    await expect(operator.getByLabel('States')).toHaveValue('CA, TX');
  });
  await expect(operator.getByText('Completed', { exact: true })).toBeVisible();

  await operator.goto('/admin/outbox');
  await operator
    .getByRole('link', { name: /^Open message/ })
    .first()
    .click();
  await expect(operator.getByText('Your viewing it was recorded in the audit log.')).toBeVisible();

  await operator.goto('/admin/dashboard');
  await expect(operator.getByRole('table', { name: 'Notice funnel by batch (the 10 most recent)' })).toContainText('Completed');
});

/** A stage's count in a batch page's funnel table. */
async function funnelCount(page: Page, stage: string): Promise<number> {
  const table = page.getByRole('table', { name: /^Notice funnel/ });
  const cell = table.locator('tr', { has: page.getByRole('rowheader', { name: stage, exact: true }) }).locator('td');
  return Number((await cell.textContent())!.replaceAll(',', ''));
}

test.describe('through the local Resend server', () => {
  // The second portal (playwright.config.ts): the real resend SDK sends to the local Resend server, which
  // accepts each email and posts signed email.sent and email.delivered webhooks back to the portal.
  test.use({ baseURL: resendE2e.portalURL });

  test('two staff members run a batch to 100%, and the delivered counts follow the webhooks', async ({ browser }) => {
    const operator = await (await browser.newContext()).newPage();
    await signInAs(operator, 'notice_operator');
    await operator.goto('/admin/batches/new');
    await operator.getByLabel('Batch name').fill('Vietnamese, by email');
    await tick(operator, 'lang-vi');
    await tick(operator, 'channel-letter'); // email only: letters never have delivery reports
    await tick(operator, 'field-hasEmail');
    const batchUrl = await createApproveAndSend(browser, operator, 'vi');
    const queued = await funnelCount(operator, 'Queued');
    expect(queued).toBeGreaterThan(0);
    // The page keeps refreshing itself while delivery reports are due; no reload here.
    await expect(async () => {
      expect(await funnelCount(operator, 'Delivered')).toBe(queued);
    }).toPass({ timeout: 60_000 });
    expect(await funnelCount(operator, 'Sent')).toBe(queued);
    await expect(operator.getByText('this page updates every few seconds')).toHaveCount(0);

    // The dashboard's table under the funnel chart: queued, sent, delivered, bounced, failed.
    const batchId = batchUrl.split('/').pop()!;
    await operator.goto('/admin/dashboard');
    const funnels = operator.getByRole('table', { name: 'Notice funnel by batch (the 10 most recent)' });
    const row = funnels.locator('tr', { has: operator.getByRole('rowheader', { name: `Batch ${batchId} (Completed)`, exact: true }) });
    await expect(row.locator('td')).toHaveText([queued, queued, queued, 0, 0].map((n) => n.toLocaleString('en-US')));
  });
});

test('an auditor sees batches but cannot create, approve or open outbox messages', async ({ page }) => {
  await signInAs(page, 'auditor');
  await page.goto('/admin/batches');
  await expect(page.getByRole('link', { name: 'Create a batch' })).toHaveCount(0);
  expect((await page.goto('/admin/batches/new'))?.status()).toBe(403);
  await page.goto('/admin/outbox');
  await expect(page.getByRole('link', { name: /^Open message/ })).toHaveCount(0);
});

test('every page of these areas passes axe', async ({ page }) => {
  await signInAs(page, 'administrator');
  const paths = ['/admin/dashboard', '/admin/batches', '/admin/batches/new', '/admin/disposal', '/admin/disposal/new', '/admin/outbox'];
  for (const path of paths) {
    await page.goto(path);
    // axe cannot run inside the sandboxed, script-less email frame (it waits for it); the frame has a title.
    await expectNoAxeViolations(page, { exclude: ['iframe.dc-preview-frame'] });
  }
});
