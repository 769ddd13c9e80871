// Issue 17's payments in the browser: approved claims made in the test (through the lib's own filing and
// review functions), one payments officer prepares an ACH export and cannot release it, a second releases
// it, the download's SHA-256 is the one the page shows and the file reads back with the project's NACHA
// reader; the bank's returns file moves a claim to payment_returned (the same file again changes nothing),
// and a check export reissues it. The dashboard shows the counts. axe on each page.
import { createHash, randomInt } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { rowsOf } from '../db/index';
import { findClaimById } from '../db/queries/claims';
import { findRecordByTinHash } from '../db/queries/records';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { fileClaim } from '../lib/claims/filing';
import { startReview } from '../lib/claims/review';
import { approveForTest } from '../testing/claims';
import { parseAchFile } from '../lib/payments/nacha-read';
import { importRecordsCsv } from '../lib/records/import';
import { parseClaimForm } from '../lib/validation/claims';
import { writeReturnsFile } from '../testing/ach';
import { goodRow, toCsv } from '../testing/records';
import { signInAs } from './support/admin-session';
import { inAchLane } from './support/ach-lane';
import { closeStaffDb, db } from './admin/staff';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 240_000 });
test.afterAll(async () => {
  await closeStaffDb();
});

// North Dakota: a state the prepared synthetic data does not use, so the dashboard's filter shows these people.
const STATE = 'ND';

const shotDir = process.env.SCREENSHOT_DIR;
async function shoot(page: Page, name: string): Promise<void> {
  if (!shotDir) return;
  mkdirSync(shotDir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shotDir}/${name}-1280.png`, fullPage: true });
  await page.screenshot({ path: `${shotDir}/${name}-1280-top.png`, clip: { x: 0, y: 0, width: 1280, height: 1600 } });
}

/** Three synthetic people with approved claims: two by direct deposit, one by check. */
async function approvedClaims(): Promise<{ deposit: number[]; check: number }> {
  const d = (await db()).db;
  const hasher = getHasher();
  const sealer = getSealer();
  // Fresh TINs each run (area 9xx, group 7x: ITIN-shaped and never issued as SSNs).
  const tins = Array.from({ length: 3 }, () => `9${randomInt(10, 99)}-7${randomInt(0, 9)}-${randomInt(1000, 9999)}`);
  await importRecordsCsv({
    db: d,
    hasher,
    sealer,
    source: 'e2e-payments.csv',
    actor: 'e2e',
    input: Readable.from([
      toCsv(
        tins.map((tin, i) =>
          goodRow({ tin, first_name: `Payee${i}`, street: `${10 + i} Prairie Synthetic Rd`, city: 'Fargo', state: STATE, zip: '58102' }),
        ),
      ),
    ]),
    batchSize: 100,
  });
  const review = { db: d, auditKey: hasher.auditKey, secondReviewAboveCents: env().CLAIM_SECOND_REVIEW_ABOVE_DOLLARS * 100 };
  const ids: number[] = [];
  for (const [i, tin] of tins.entries()) {
    const record = (await findRecordByTinHash(d, hasher.tin(tin.replace(/-/g, ''))))!;
    const account = `4400${i}${randomInt(1000, 9999)}`;
    const parsed = parseClaimForm({
      language: 'es',
      signed_name: `Payee${i} Synthetic`,
      declaration: 'yes',
      ...(i < 2
        ? {
            payment_method: 'direct_deposit',
            routing_number: '122105155',
            account_number: account,
            account_number_again: account,
            account_type: 'checking',
            account_holder: `Payee${i} Synthetic`,
          }
        : { street: '5 Check Synthetic Ave', city: 'Fargo', state: STATE, zip: '58102' }),
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const filed = await fileClaim({ db: d, hasher, sealer }, record.id, parsed.value);
    expect((await startReview(review, 'staff:e2e-reviewer', filed.claimId)).ok).toBe(true);
    await approveForTest(review, filed.claimId, 100_000, { proposer: 'staff:e2e-reviewer', confirmer: 'staff:e2e-admin' });
    ids.push(filed.claimId);
  }
  return { deposit: ids.slice(0, 2), check: ids[2]! };
}

const statusOf = async (id: number) => (await findClaimById((await db()).db, id))!.status;
const numberOf = async (id: number) => (await findClaimById((await db()).db, id))!.claimNumber;

/** Prepares an export of this kind from the page and answers its id (from the message the page shows). */
async function prepare(page: Page, kind: 'ACH' | 'check'): Promise<number> {
  await page.goto('/admin/payments');
  await page.getByRole('button', { name: kind === 'ACH' ? 'Prepare an ACH export' : 'Prepare a check export' }).click();
  const message = page.getByTestId('payments-message');
  await expect(message).toContainText('is prepared');
  return Number(/Export (\d+) is prepared/.exec(await message.innerText())![1]);
}

async function download(page: Page, exportId: number, path: string): Promise<{ bytes: Buffer; shown: string; name: string }> {
  await page.goto('/admin/payments');
  const row = page.getByTestId(`export-${exportId}`);
  const shown = (await row.getByTestId('export-sha256').innerText()).trim();
  const [file] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: `Download export ${exportId}` }).click()]);
  await file.saveAs(path);
  return { bytes: readFileSync(path), shown, name: file.suggestedFilename() };
}

test('payments: prepared by one officer, released by another, downloaded, returned by the bank and reissued by check', async ({
  browser,
}, info) => {
  const preparer = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(preparer, 'payments_officer');
  await preparer.goto('/admin/payments');
  await expect(preparer.getByRole('heading', { name: 'Claim payments', level: 1 })).toBeVisible();
  await expect(preparer.getByTestId('ach-demo')).toContainText('DEMO ACH settings');
  await expectNoAxeViolations(preparer, '/admin/payments');

  // 1. One officer prepares the ACH export; the same person cannot release it, and the page says why.
  // Approving and exporting hold the ACH lane: no other spec's direct deposits wait in between.
  const { claims, achId } = await inAchLane(async () => {
    const approved = await approvedClaims();
    return { claims: approved, achId: await prepare(preparer, 'ACH') };
  });
  const achRow = preparer.getByTestId(`export-${achId}`);
  await expect(achRow).toContainText('Prepared, waiting for release');
  await expect(achRow.getByTestId('release-blocked')).toHaveText('You prepared this export: another payments officer must release it.');
  await expect(achRow.getByRole('button', { name: /^Release/ })).toHaveCount(0);
  await expect(achRow.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  // Before release the file is refused, with the reason.
  const early = await preparer.request.get(`/admin/payments/exports/${achId}/file`);
  expect(early.status()).toBe(409);
  expect(early.headers()['cache-control']).toBe('no-store');
  await shoot(preparer, 'payments-prepared');

  // 2. A second officer releases it.
  const releaser = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(releaser, 'payments_officer');
  await releaser.goto('/admin/payments');
  await releaser
    .getByTestId(`export-${achId}`)
    .getByRole('button', { name: `Release export ${achId}` })
    .click();
  await expect(releaser.getByTestId('payments-message')).toContainText(`Export ${achId} is released`);
  for (const id of claims.deposit) expect(await statusOf(id)).toBe('payment_issued');
  expect(await statusOf(claims.check)).toBe('approved');
  // Each paid person is told, by the portal's workers (a maintenance job after the release), once a channel.
  const stepsOf = async (id: number, step: string) =>
    Number(
      (
        await rowsOf<{ n: number | string }>(
          (await db()).db,
          sql`select count(*) as n from notices where dedupe_key like ${`claim:${id}:${step}:%`} and channel = 'letter'`,
        )
      )[0]!.n,
    );
  for (const id of claims.deposit) await expect.poll(() => stepsOf(id, 'payment_issued'), { timeout: 30_000 }).toBe(1);
  expect(await stepsOf(claims.check, 'payment_issued')).toBe(0);

  // 3. The download: the SHA-256 the page shows, the headers, and a file the project's reader accepts.
  const ach = await download(preparer, achId, info.outputPath(`ach-${achId}.txt`));
  expect(ach.name).toBe(`claims-ach-${achId}.txt`);
  expect(createHash('sha256').update(ach.bytes).digest('hex')).toBe(ach.shown);
  const head = await preparer.request.get(`/admin/payments/exports/${achId}/file`);
  expect(head.headers()).toMatchObject({
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-disposition': `attachment; filename="claims-ach-${achId}.txt"`,
  });
  const parsed = parseAchFile(ach.bytes.toString('ascii'));
  const entries = parsed.batches.flatMap((b) => b.entries);
  const mine = await Promise.all(claims.deposit.map(numberOf));
  const ours = entries.filter((e) => mine.includes(e.individualId));
  expect(ours.map((e) => e.amountCents)).toEqual([100_000, 100_000]);
  const audited = await rowsOf<{ n: number | string }>(
    (await db()).db,
    sql`select count(*) as n from audit_log where action = 'payments.export_downloaded' and detail ->> 'export' = ${String(achId)} and outcome = 'ok'`,
  );
  expect(Number(audited[0]!.n)).toBe(2);

  // 4. The bank returns the first credit (R03): a bad upload first, then the file, then the same file again.
  const returned = ours.find((e) => e.individualId === mine[0])!;
  const returns = writeReturnsFile(ach.bytes.toString('ascii'), [
    { traceNumber: returned.traceNumber, reasonCode: 'R03', information: 'NO ACCOUNT' },
  ]);
  await preparer.goto('/admin/payments/returns');
  await expectNoAxeViolations(preparer, '/admin/payments/returns');
  await preparer.getByRole('button', { name: 'Upload and import' }).click();
  await expect(preparer.getByRole('alert', { name: 'There is a problem with the file' })).toContainText(
    'Choose the returns file the bank sent.',
  );
  await expect(preparer.getByRole('link', { name: 'Choose the returns file the bank sent.' })).toHaveAttribute('href', '#field-file');
  await preparer.getByLabel('Returns file').setInputFiles({ name: 'not-ach.txt', mimeType: 'text/plain', buffer: Buffer.from('hello\n') });
  await preparer.getByRole('button', { name: 'Upload and import' }).click();
  await expect(preparer.locator('#field-file-error')).toContainText('This is not a NACHA file that adds up');
  await expectNoAxeViolations(preparer, 'the returns page with an error');
  await preparer
    .getByLabel('Returns file')
    .setInputFiles({ name: 'returns.ach', mimeType: 'text/plain', buffer: Buffer.from(returns, 'ascii') });
  await preparer.getByRole('button', { name: 'Upload and import' }).click();
  await expect(preparer.getByTestId('returns-summary')).toContainText('1 payment is now returned');
  await shoot(preparer, 'payments-returns');
  expect(await statusOf(claims.deposit[0]!)).toBe('payment_returned');
  expect(await statusOf(claims.deposit[1]!)).toBe('payment_issued');
  await preparer
    .getByLabel('Returns file')
    .setInputFiles({ name: 'returns.ach', mimeType: 'text/plain', buffer: Buffer.from(returns, 'ascii') });
  await preparer.getByRole('button', { name: 'Upload and import' }).click();
  await expect(preparer.getByTestId('returns-summary')).toContainText('Nothing changed');
  await expect(preparer.getByTestId('returns-table')).toContainText('Already marked returned (unchanged)1');
  // The person whose credit came back is told, once, although the file came twice.
  expect(await stepsOf(claims.deposit[0]!, 'payment_returned')).toBe(1);
  expect(await stepsOf(claims.deposit[1]!, 'payment_returned')).toBe(0);

  // 5. The check export pays the returned claim again, by check, with the check claim; released, it is reissued.
  await preparer.goto('/admin/payments');
  await expect(preparer.getByTestId('waiting-table')).toContainText('returned direct deposit');
  const checkId = await prepare(preparer, 'check');
  await releaser.goto('/admin/payments');
  await releaser
    .getByTestId(`export-${checkId}`)
    .getByRole('button', { name: `Release export ${checkId}` })
    .click();
  await expect(releaser.getByTestId('payments-message')).toContainText(`Export ${checkId} is released`);
  expect(await statusOf(claims.deposit[0]!)).toBe('reissued');
  expect(await statusOf(claims.check)).toBe('payment_issued');
  const checks = await download(releaser, checkId, info.outputPath(`checks-${checkId}.csv`));
  expect(createHash('sha256').update(checks.bytes).digest('hex')).toBe(checks.shown);
  const csv = checks.bytes.toString('utf8');
  expect(csv).toContain(`${mine[0]},Payee0 Synthetic,10 PRAIRIE SYNTHETIC RD,FARGO ND 58102,1000.00`);
  expect(csv).toContain(`${await numberOf(claims.check)},Payee2 Synthetic,5 CHECK SYNTHETIC AVE,FARGO ND 58102,1000.00`);
  await expectNoAxeViolations(releaser, '/admin/payments with released exports');
  await shoot(releaser, 'payments-list');

  // 6. The dashboard: the claims of this state, filed and paid, and the claims by status, as the database has them.
  const d = (await db()).db;
  const [inState] = await rowsOf<{ records: number | string; claims: number | string; paid: number | string }>(
    d,
    sql`select count(*) as records,
      count(*) filter (where exists (select 1 from claims c where c.record_id = r.id)) as claims,
      count(*) filter (where exists (select 1 from claims c join claim_payments p on p.claim_id = c.id join payment_exports e on e.id = p.export_id
        where c.record_id = r.id and e.state = 'released' and p.returned_at is null)) as paid
      from affected_records r where r.state = ${STATE}`,
  );
  await releaser.goto(`/admin/dashboard?state=${STATE}`);
  const summary = releaser.getByTestId('remediation-summary');
  await expect(summary).toContainText(`Of ${Number(inState!.records).toLocaleString('en-US')} records`);
  await expect(summary).toContainText(`${Number(inState!.claims).toLocaleString('en-US')} (`);
  await expect(summary).toContainText(`and ${Number(inState!.paid).toLocaleString('en-US')} (`);
  const [reissued] = await rowsOf<{ n: number | string }>(d, sql`select count(*) as n from claims where status = 'reissued'`);
  const table = releaser.getByRole('table', { name: 'Claims by status' });
  await expect(table.getByRole('row', { name: new RegExp(`^Reissued ${Number(reissued!.n)}$`) })).toHaveCount(1);
  await expectNoAxeViolations(releaser, '/admin/dashboard');
  await shoot(releaser, 'dashboard');
});
