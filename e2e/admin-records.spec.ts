// Admin flows of records, imports, audit and queues: find + reveal (lands in the audit log), browser
// import with progress and report, audit chain verification, the queue monitor for administrators only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { getHasher } from '../lib/keys';
import { findDemoIdentities } from '../lib/records/demo';
import { formatCsvLine, generateSyntheticRecords } from '../lib/synthetic/generator';
import { recordCsvColumns } from '../lib/validation/record-row';
import { expectNoAxeViolations } from './support/axe';
import { db } from './admin/staff';
import { signInAs } from './support/admin-session';

// Several sign-ins and axe scans a test: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('a claims reviewer finds a record by SSN/ITIN, reveals it with a reason, and the audit log shows it', async ({ page, browser }) => {
  const [person] = await findDemoIdentities((await db()).db, getHasher());
  await signInAs(page, 'claims_reviewer');
  await page.goto('/admin/records');
  await expectNoAxeViolations(page);
  await page.getByLabel('Notice code or SSN/ITIN').fill(person!.tin);
  await page.getByRole('button', { name: 'Find record' }).click();
  await expect(page).toHaveURL(/\/admin\/records\/\d+$/);
  await expect(page.getByText(person!.dateOfBirth)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel(/Why do you need/).selectOption('taxpayer_request');
  await page.getByLabel('Ticket reference').fill('INC-20481');
  await page.getByRole('button', { name: 'Reveal and record my reason' }).click();
  await expect(page.getByText('Revealed for this page only')).toBeVisible();
  await expect(page.getByText(person!.lastName).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // axe needs a page of a context the test made (not browser.newPage()).
  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  await signInAs(auditor, 'auditor');
  await auditor.goto('/admin/audit?action=record.revealed');
  await expect(auditor.getByRole('cell', { name: 'record.revealed' }).first()).toBeVisible();
  await expectNoAxeViolations(auditor);
  await auditorContext.close();
});

test('a notice operator uploads a CSV, watches it import, and downloads the rejects', async ({ page }) => {
  // 20 synthetic rows (a seed no other test uses) and two that must be refused.
  const lines = [formatCsvLine(recordCsvColumns)];
  for (const row of generateSyntheticRecords(20, 4242)) lines.push(formatCsvLine(recordCsvColumns.map((c) => row[c])));
  const bad = { ...[...generateSyntheticRecords(1, 4343)][0]! };
  lines.push(formatCsvLine(recordCsvColumns.map((c) => (c === 'tin' ? '000-00-0000' : bad[c]))));
  lines.push(formatCsvLine(recordCsvColumns.map((c) => (c === 'date_of_birth' ? '1990-02-30' : bad[c]))));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dc-e2e-')), 'records-with-rejects.csv');
  writeFileSync(file, lines.join('\n') + '\n');

  await signInAs(page, 'notice_operator');
  await page.goto('/admin/imports');
  await expectNoAxeViolations(page);
  await page.getByLabel('CSV file of disclosed records').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(page);
  const download = page.getByRole('link', { name: /Download the rejected lines/ });
  const rejects = await page.request.get((await download.getAttribute('href'))!);
  const text = await rejects.text();
  expect(text.trim().split('\n')).toHaveLength(3);
  expect(text).not.toContain('000-00-0000');
});

test('an auditor verifies the chain; only an administrator opens the queue monitor', async ({ page, browser }) => {
  await signInAs(page, 'auditor');
  await page.goto('/admin/audit');
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText(/The chain verifies/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.request.get('/admin/queues')).status()).toBe(403);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, 'administrator');
  await admin.goto('/admin/queues');
  await expect(admin.getByText('import-records').first()).toBeVisible();
  await adminContext.close();
});
