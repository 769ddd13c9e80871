// Issue 14's "done when", in the browser: an operator sends a mixed-language letter batch, a second
// operator approves it, the worker prints it into files, the operator downloads the PDF and the CSV
// manifest, marks the file printed and mailed, imports the mail house's returned-mail list (a bad file
// first, then the list, then the same list again) and sees the returned letters on the dashboard. A
// second test builds a print file for a batch nobody approved and sees the download refused.
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { rowsOf } from '../db/index';
import { createBatch } from '../db/queries/batches';
import { listPrintFiles } from '../db/queries/letters';
import { addNoticesAndGroup } from '../db/queries/notices';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { buildPrintFiles } from '../lib/letters/print-batch';
import { closeLetterRenderer } from '../lib/letters/render-pdf';
import { letterSettings } from '../lib/letters/settings';
import { importRecordsCsv } from '../lib/records/import';
import { goodRow, toCsv } from '../testing/records';
import { signInAs } from './support/admin-session';
import { closeStaffDb, db } from './admin/staff';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// Printing runs Chromium in the worker; sign-ins, downloads and axe scans on two shared cores.
test.describe.configure({ timeout: 300_000 });
test.afterAll(async () => {
  await closeLetterRenderer();
  await closeStaffDb();
});

// Vermont: a state the prepared synthetic data never uses, so a selection of it holds only these people.
// Five languages (two scripts right to left or CJK among them); the last street is too long for the window.
const STATE = 'VT';
const people = [
  ['en', '15 Synthetic St'],
  ['es', '27 Calle Sintética'],
  ['ar', '301 Synthetic Ave'],
  ['zh-Hans', '44 Synthetic Rd'],
  ['vi', '58 Synthetic Ln'],
  ['es', '9999 Extraordinarily Long Synthetic Boulevard Northwest'],
] as const;

async function importPeople(): Promise<void> {
  const rows = people.map(([language, street], i) =>
    goodRow({
      tin: `912-71-${String(4400 + i)}`,
      first_name: `Letter${i}`,
      last_name: 'Synthetic',
      street,
      city: 'Burlington',
      state: STATE,
      zip: '05401',
      language,
      email: i % 2 === 0 ? `letter${i}.synthetic@example.com` : '',
    }),
  );
  await importRecordsCsv({
    db: (await db()).db,
    hasher: getHasher(),
    sealer: getSealer(),
    source: 'e2e-letters.csv',
    actor: 'e2e',
    input: Readable.from([toCsv(rows)]),
    batchSize: 100,
  });
}

// With SCREENSHOT_DIR set, the new pages are written at a phone and a desktop width for a person to review.
const shotDir = process.env.SCREENSHOT_DIR;
async function shoot(page: Page, name: string): Promise<void> {
  if (!shotDir) return;
  mkdirSync(shotDir, { recursive: true });
  const before = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `${shotDir}/${name}-${width}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

// USWDS draws its own checkboxes and radios over visually hidden inputs: click the label.
const tick = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();

async function returnedOnDashboard(page: Page): Promise<number> {
  await page.goto('/admin/dashboard');
  const text = await page.getByRole('region', { name: 'Returned letters' }).innerText();
  const m = /([\d,]+) letters came back undelivered/.exec(text);
  expect(m, 'the dashboard says how many letters came back').not.toBeNull();
  return Number(m![1]!.replaceAll(',', ''));
}

function parseCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const columns = head!.split(',');
  // The manifest quotes only fields with a comma or quote; these synthetic addresses have none.
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
}

async function uploadReturned(page: Page, name: string, content: string | null): Promise<void> {
  await page.goto('/admin/letters/returned');
  if (content !== null)
    await page.getByLabel('Returned-mail file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(page).toHaveURL(/\/admin\/letters\/returned\?/);
}

test('an operator prints a mixed-language letter batch, mails it, imports the returned mail and sees it on the dashboard', async ({
  browser,
}, info) => {
  await importPeople();
  const operator = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(operator, 'notice_operator');
  const returnedBefore = await returnedOnDashboard(operator);

  // 1. The batch, from the browser: a copy of the notice (so a second run of this test prints again), by letter only.
  await operator.goto('/admin/batches/new');
  await operator.getByLabel('Batch name').fill(`Letters, Vermont ${randomUUID().slice(0, 8)}`);
  await tick(operator, 'type-notice_copy');
  await operator.getByLabel('States').fill(STATE);
  await tick(operator, 'channel-email');
  await operator.getByRole('button', { name: 'Count records' }).click();
  await expect(operator.getByRole('status')).toContainText(`${people.length} records match`);
  await expect(operator.getByRole('status')).toContainText(`0 emails and ${people.length} letters`);
  await expect(operator.getByRole('status')).toContainText('in 5 languages');
  await operator.getByRole('button', { name: 'Create draft batch' }).click();
  await expect(operator).toHaveURL(/\/admin\/batches\/\d+\?created=1$/);
  const batchUrl = operator.url().replace(/\?.*$/, '');
  const batchId = Number(batchUrl.split('/').pop());
  await expect(operator.getByText('Letters are printed into files once the batch has started')).toBeVisible();

  // A second person approves it (four eyes).
  const approver = await (await browser.newContext()).newPage();
  await signInAs(approver, 'notice_operator');
  await approver.goto(batchUrl);
  await approver.getByRole('button', { name: 'Approve' }).click();
  await expect(approver.getByRole('status')).toContainText('is approved');

  await operator.goto(batchUrl);
  await operator.getByRole('button', { name: 'Start sending' }).click();
  await expect(operator.getByRole('status').first()).toContainText('has started sending');
  // The page refreshes itself while the letters are printed; no reload here.
  const progress = operator.getByRole('progressbar', { name: /Printed into files/ });
  await expect(progress).toHaveAttribute('aria-valuenow', '100', { timeout: 240_000 });
  await expect(operator.getByText(`5 of 5 letters in print files`)).toBeVisible();
  await expect(operator.getByText('this page updates every few seconds')).toHaveCount(0);

  // The rejected letter: its piece id and reason, and no print file holds it.
  const rejects = operator.getByRole('region', { name: 'Letters kept out of the print files' });
  await expect(rejects.getByRole('row')).toHaveCount(2);
  await expect(rejects).toContainText('An address line is longer than 40 characters');
  const rejectedPiece = (await rejects.locator('tbody th code').innerText()).trim();
  expect(rejectedPiece).toMatch(new RegExp(`^B${batchId}-\\d{8}$`));
  await expectNoAxeViolations(operator, 'the batch page with its letters');
  await shoot(operator, 'letters-batch');

  // 2. The print files, across batches: the file, its counts and checksums.
  await operator.goto('/admin/letters');
  const files = operator.getByRole('table', { name: /^Print files, newest first/ });
  const row = files.locator('tr', { has: operator.getByRole('link', { name: new RegExp(`^Batch ${batchId}:`) }) });
  await expect(row).toHaveCount(1);
  const cells = row.locator('td');
  await expect(cells.nth(1)).toHaveText('5'); // letters
  await expect(row).toContainText('Built');
  await expectNoAxeViolations(operator, '/admin/letters');

  const [stored] = await listPrintFiles((await db()).db, batchId);
  expect(stored).toBeDefined();
  await expect(row.locator('code').first()).toHaveText(stored!.pdfSha256);

  // Download both through the browser, as an operator would.
  const save = async (name: RegExp) => {
    const [download] = await Promise.all([operator.waitForEvent('download'), row.getByRole('link', { name }).click()]);
    const path = info.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return { path, suggested: download.suggestedFilename() };
  };
  const pdf = await save(/^PDF of batch/);
  const manifest = await save(/^Manifest \(CSV\) of batch/);
  expect(pdf.suggested).toBe(`batch-${batchId}-file-001.pdf`);
  expect(manifest.suggested).toBe(`batch-${batchId}-file-001-manifest.csv`);
  const pdfBytes = readFileSync(pdf.path);
  const manifestText = readFileSync(manifest.path, 'utf8');
  // What was downloaded is what was stored: the SHA-256 the page shows.
  expect(createHash('sha256').update(pdfBytes).digest('hex')).toBe(stored!.pdfSha256);
  expect(createHash('sha256').update(manifestText).digest('hex')).toBe(stored!.manifestSha256);

  const listed = parseCsv(manifestText);
  expect(listed).toHaveLength(5);
  expect(new Set(listed.map((r) => r.language))).toEqual(new Set(['en', 'es', 'ar', 'zh-Hans', 'vi']));
  expect(listed.map((r) => r.piece_id)).not.toContain(rejectedPiece);
  expect(listed.map((r) => Number(r.sequence))).toEqual([1, 2, 3, 4, 5]);
  // Every piece id of the manifest is printed in the PDF (poppler's pdftotext reads it back).
  const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
  for (const r of listed) expect(text, `piece ${r.piece_id} in the PDF`).toContain(r.piece_id!);
  expect(text).not.toContain(rejectedPiece);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' }))![1]);
  // Each letter is padded to whole sheets (printed on both sides); the manifest counts the letter's own pages.
  expect(pages).toBe(2 * stored!.sheets);
  expect(listed.reduce((n, r) => n + Number(r.pages), 0)).toBe(stored!.pages);
  expect(listed.reduce((n, r) => n + Number(r.sheets), 0)).toBe(stored!.sheets);

  // The handler's headers: saved as a file, never cached, with the checksum; each download audited.
  const direct = await operator.context().request.get(`/admin/letters/files/${stored!.id}/manifest`);
  expect(direct.status()).toBe(200);
  expect(direct.headers()['content-disposition']).toBe(`attachment; filename="batch-${batchId}-file-001-manifest.csv"`);
  expect(direct.headers()['cache-control']).toBe('no-store');
  expect(direct.headers()['repr-digest']).toBe(`sha-256=:${Buffer.from(stored!.manifestSha256, 'hex').toString('base64')}:`);
  const audited = await rowsOf<{ part: string; n: number }>(
    (await db()).db,
    sql`select detail->>'part' as part, count(*)::int as n from audit_log
        where action = 'print_file.download' and outcome = 'ok' and (detail->>'fileId')::bigint = ${stored!.id} group by 1 order by 1`,
  );
  expect(audited).toEqual([
    { part: 'manifest', n: 2 },
    { part: 'pdf', n: 1 },
  ]);

  // 3. Marked printed, then mailed, with the time and who.
  await row.getByRole('button', { name: /^Mark printed/ }).click();
  await expect(operator.getByRole('status')).toContainText(`File 1 of batch ${batchId} is marked printed (5 letters).`);
  await expect(row).toContainText(/Printed \d{4}-\d\d-\d\d \d\d:\d\d UTC by e2e-notice-operator-/);
  await row.getByRole('button', { name: /^Mark mailed/ }).click();
  await expect(operator.getByRole('status')).toContainText(`File 1 of batch ${batchId} is marked mailed (5 letters).`);
  await expect(row).toContainText(/Mailed \d{4}-\d\d-\d\d \d\d:\d\d UTC by e2e-notice-operator-/);
  await expect(row.getByRole('button')).toHaveCount(0);
  await shoot(operator, 'letters-files');
  await operator.goto(batchUrl);
  await expect(operator.getByRole('table', { name: 'Letters by state' })).toContainText('Mailed');

  // 4. Returned mail: no file, then a file that is not a returned-mail list, each refused at the field.
  await uploadReturned(operator, 'none', null);
  await expect(operator.locator('[aria-labelledby="error-summary-heading"]')).toBeFocused();
  await expect(operator.locator('#field-file-error')).toHaveText('Choose the mail house’s returned-mail file to upload.');
  await expect(operator.getByRole('link', { name: 'Choose the mail house’s returned-mail file to upload.' })).toHaveAttribute(
    'href',
    '#field-file',
  );
  await expectNoAxeViolations(operator, 'returned mail, refused');
  await shoot(operator, 'letters-returned-refused');
  await uploadReturned(operator, 'records.csv', 'tin,first_name\n912-71-4400,Letter0\n');
  await expect(operator.locator('#field-file-error')).toContainText('No line of this file is a piece id');
  await expect(operator.getByLabel('Returned-mail file')).toHaveAttribute('aria-invalid', 'true');

  // The list: two letters of the file and a piece id that names nothing.
  const back = [listed[1]!.piece_id, listed[3]!.piece_id, `B${batchId}-99999999`];
  const list = `piece_id,reason\r\n${back.map((p) => `${p},Attempted not known`).join('\r\n')}\r\n`;
  writeFileSync(info.outputPath('returned.csv'), list);
  await uploadReturned(operator, 'returned.csv', list);
  await expect(operator.getByRole('status')).toContainText('2 letters are now marked returned');
  const counts = operator.getByRole('table', { name: /^Import of / });
  const count = (label: string) =>
    counts.locator('tr', { has: operator.getByRole('rowheader', { name: label, exact: true }) }).locator('td');
  await expect(count('Newly marked returned')).toHaveText('2');
  await expect(count('Already marked returned (unchanged)')).toHaveText('0');
  await expect(count('Piece ids that name no printed letter')).toHaveText('1');
  await expectNoAxeViolations(operator, 'returned mail, imported');
  await shoot(operator, 'letters-returned-imported');

  // The same list again changes nothing, and says so.
  await uploadReturned(operator, 'returned.csv', list);
  await expect(operator.getByRole('status')).toContainText('Nothing changed');
  await expect(count('Newly marked returned')).toHaveText('0');
  await expect(count('Already marked returned (unchanged)')).toHaveText('2');

  // 5. The dashboard counts them.
  expect(await returnedOnDashboard(operator)).toBe(returnedBefore + 2);
  await operator.goto(batchUrl);
  const byState = operator.getByRole('table', { name: 'Letters by state' });
  await expect(byState.locator('tr', { has: operator.getByRole('rowheader', { name: 'Returned undelivered' }) }).locator('td')).toHaveText(
    '2',
  );
});

test('a print file of a batch nobody approved cannot be downloaded', async ({ browser }) => {
  await importPeople();
  const d = (await db()).db;
  const [person] = await rowsOf<{ id: number; language: string }>(
    d,
    sql`select id, language from affected_records where tin_hash = ${getHasher().tin('912714400')}`,
  );
  expect(person).toBeDefined();
  // A draft batch with one letter, printed by hand (npm run letters -- build does the same) before any approval.
  const batch = await createBatch(d, {
    name: `unapproved ${randomUUID()}`,
    type: 'notice_copy',
    selection: { channels: ['letter'], states: [STATE] },
    createdBy: 'e2e',
  });
  await addNoticesAndGroup(d, [
    {
      recordId: person!.id,
      batchId: batch.id,
      type: 'notice_copy',
      channel: 'letter',
      dedupeKey: `batch-${batch.id}`,
      language: person!.language,
      params: {},
    },
  ]);
  const e = env();
  const run = await buildPrintFiles(
    {
      db: d,
      sealer: getSealer(),
      settings: letterSettings(e),
      frame: { portalUrl: e.PORTAL_URL, demo: e.demo, returnAddress: e.portalContact.postalAddress },
    },
    batch.id,
  );
  expect(run.filesStored).toBe(1);
  const [file] = await listPrintFiles(d, batch.id);

  const operator = await (await browser.newContext()).newPage();
  await signInAs(operator, 'notice_operator');
  for (const part of ['pdf', 'manifest']) {
    const res = await operator.context().request.get(`/admin/letters/files/${file!.id}/${part}`);
    expect(res.status(), part).toBe(409);
    expect(res.headers()['content-disposition']).toBeUndefined();
    expect(await res.text()).toContain('until a second staff member has approved its batch');
  }
  const refused = await rowsOf<{ n: number }>(
    d,
    sql`select count(*)::int as n from audit_log where action = 'print_file.download' and outcome = 'refused' and (detail->>'fileId')::bigint = ${file!.id}`,
  );
  expect(refused[0]!.n).toBe(2);
  await operator.goto(`/admin/batches/${batch.id}`);
  const files = operator.getByRole('table', { name: `Print files of batch ${batch.id}` });
  await expect(files).toContainText('After a second person approves the batch');
  await expect(files.getByRole('link', { name: /^PDF/ })).toHaveCount(0);
  await expect(files.getByRole('button', { name: /^Mark printed/ })).toHaveCount(0);
});
