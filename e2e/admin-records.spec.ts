// Admin flows of the records branch: find + reveal (lands in the audit log), browser import with progress
// and report, audit chain verification, queue monitor. Skipped until staff sign-in is merged.
import { expect, test } from '@playwright/test';
import { signInAs } from './support/admin-session';

test.skip(true, 'Staff sign-in (admin-auth branch) is not merged yet; signInAs throws until then.');

test('a claims reviewer finds a record by notice code, reveals it with a reason, and the audit log shows it', async ({ page }) => {
  await signInAs(page, 'claims_reviewer');
  await page.goto('/admin/records');
  await page.getByLabel('Notice code or SSN/ITIN').fill('912-70-1234');
  await page.getByRole('button', { name: 'Find record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record');
  await page.getByLabel(/Why do you need/).selectOption('taxpayer_request');
  await page.getByLabel('Ticket reference').fill('INC-20481');
  await page.getByRole('button', { name: 'Reveal and record my reason' }).click();
  await expect(page.getByText('Revealed for this page only')).toBeVisible();
  await signInAs(page, 'auditor');
  await page.goto('/admin/audit?action=record.revealed');
  await expect(page.getByRole('cell', { name: 'record.revealed' }).first()).toBeVisible();
});

test('a notice operator uploads a CSV, watches it import, and downloads the rejects', async ({ page }) => {
  await signInAs(page, 'notice_operator');
  await page.goto('/admin/imports');
  await page.getByLabel('CSV file of disclosed records').setInputFiles('e2e/fixtures/records-with-rejects.csv');
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('link', { name: /Download the rejected lines/ })).toBeVisible();
});

test('an auditor verifies the chain; an administrator opens the queue monitor', async ({ page }) => {
  await signInAs(page, 'auditor');
  await page.goto('/admin/audit');
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText(/The chain verifies/)).toBeVisible();
  const denied = await page.request.get('/admin/queues');
  expect(denied.status()).toBe(403);
  await signInAs(page, 'administrator');
  await page.goto('/admin/queues');
  await expect(page.getByText('import-records')).toBeVisible();
});
