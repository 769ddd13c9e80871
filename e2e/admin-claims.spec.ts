// The reviewers' claims area in the browser (issue 17, item 5), on claims filed in the test for synthetic
// records: a reviewer filters the queue and assigns a claim to themselves, starts the review, asks for
// more information (the form refuses an empty request at its field), the person answers (through the
// database, as the status page would), the reviewer approves an amount above the second-review threshold,
// the page tells them why they cannot confirm it themselves, a second reviewer is told that only an
// administrator may confirm that amount, and an administrator confirms it. A hold on another claim blocks
// its decision. Axe on each page and state; screenshots at 1280 px.
import { randomInt } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Browser, Page } from '@playwright/test';
import { findClaimById } from '../db/queries/claims';
import { listInformationRequests } from '../db/queries/claim-review';
import { answerInformationRequest } from '../lib/claims/answer';
import { lapseUnansweredRequests } from '../lib/claims/lapse';
import { eq } from 'drizzle-orm';
import { claimInformationRequests, claims } from '../db/schema';
import { findRecordByTinHash } from '../db/queries/records';
import { cureByDate } from '../lib/claims/deadlines';
import { fileClaim, formatClaimNumber } from '../lib/claims/filing';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { importRecordsCsv } from '../lib/records/import';
import { parseClaimForm } from '../lib/validation/claims';
import { goodRow, toCsv } from '../testing/records';
import { closeStaffDb, db } from './admin/staff';
import { signInAs } from './support/admin-session';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 180_000 });
test.afterAll(closeStaffDb);

const choose = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/claims-${name}.png`, fullPage: true });

async function reviewer(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(page, 'claims_reviewer');
  return page;
}

/** Two synthetic records and a claim for each, in Vietnamese, to one made-up mailing address. */
async function fileTwoClaims(): Promise<{ id: number; number: string }[]> {
  const d = (await db()).db;
  const hasher = getHasher();
  const sealer = getSealer();
  const tins = [0, 1].map(() => `9${randomInt(10, 99)}-7${randomInt(0, 9)}-${String(randomInt(0, 9999)).padStart(4, '0')}`);
  await importRecordsCsv({
    db: d,
    hasher,
    sealer,
    source: 'e2e-claims.csv',
    actor: 'e2e',
    input: Readable.from([toCsv(tins.map((tin) => goodRow({ tin, language: 'vi' })))]),
  });
  const street = `${randomInt(100, 9999)} Synthetic Claims Rd`;
  const form = parseClaimForm({
    language: 'vi',
    street,
    city: 'Houston',
    state: 'TX',
    zip: '77036',
    signed_name: 'Synthetic Claimant',
    declaration: 'yes',
    actual: 'yes',
    actual_amount: '12,000',
    actual_description: 'Synthetic: moving costs after the disclosure.',
  });
  if (!form.ok) throw new Error('The claim form did not parse.');
  const filed = [];
  for (const tin of tins) {
    const record = await findRecordByTinHash(d, hasher.tin(tin.replace(/-/g, '')));
    const claim = await fileClaim({ db: d, hasher, sealer }, record!.id, form.value);
    if (claim.outcome !== 'filed') throw new Error('The synthetic record already had a claim.');
    filed.push({ id: claim.claimId, number: formatClaimNumber(claim.claimNumber) });
  }
  return filed;
}

test('a reviewer filters, assigns, requests information, approves above the threshold; the proposer cannot confirm, a reviewer may only reject, an administrator confirms', async ({
  browser,
}) => {
  const [claim, other] = await fileTwoClaims();
  const first = await reviewer(browser);

  // The queue, filtered to what this test filed: submitted, unassigned, Vietnamese.
  await first.goto('/admin/claims');
  await expect(first.getByRole('heading', { level: 1, name: 'Claims queue' })).toBeVisible();
  await expectNoAxeViolations(first, 'the claims queue');
  await first.getByLabel('Status').selectOption('submitted');
  await first.getByLabel('Assigned').selectOption('unassigned');
  await first.getByLabel('Language').selectOption('vi');
  await first.getByRole('button', { name: 'Show claims' }).click();
  await expect(first).toHaveURL(/status=submitted/);
  await expect(first).toHaveURL(/assigned=unassigned/);
  const row = first.getByRole('row').filter({ has: first.getByRole('link', { name: claim!.number }) });
  await expect(row).toContainText('Address shared');
  await shot(first, 'queue');
  await row.getByRole('button', { name: /Assign to me/ }).click();
  await expect(row.getByRole('status')).toHaveText('Assigned to you');
  await first.getByLabel('Assigned').selectOption('me');
  await first.getByRole('button', { name: 'Show claims' }).click();
  await expect(first.getByRole('link', { name: claim!.number })).toBeVisible();
  await expect(first.getByRole('link', { name: other!.number })).toHaveCount(0);
  await expectNoAxeViolations(first, 'the queue, assigned to me');

  // The claim's page: the facts, the signal naming the other claim, then the review.
  await first.getByRole('link', { name: claim!.number }).click();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(`Claim ${claim!.number}`);
  await expect(first.getByText('Same mailing address')).toBeVisible();
  await expect(first.getByRole('link', { name: other!.number })).toBeVisible();
  await expectNoAxeViolations(first, 'a submitted claim');
  await first.getByRole('button', { name: 'Start the review' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'The review has started.' })).toBeVisible();
  await expect(first.getByRole('heading', { name: 'Request more information' })).toBeVisible();

  // An empty request is refused at its field, with a summary that links there.
  await first.getByRole('button', { name: 'Request information' }).click();
  await expect(first.locator('#field-reasons-error')).toHaveText('Choose at least one thing the person must send.');
  await expect(first.getByRole('link', { name: /What the person must send/ })).toHaveAttribute('href', '#field-reasons');
  await expectNoAxeViolations(first, 'a refused request for information');
  await shot(first, 'request-refused');
  await choose(first, 'reasons-damages_documents_missing');
  const before = new Date();
  await first.getByRole('button', { name: 'Request information' }).click();
  const cureBy = cureByDate(before, true, env().CLAIMS_DEADLINE);
  await expect(first.getByRole('status').filter({ hasText: 'The request is recorded.' })).toContainText(`until ${cureBy} (New York)`);
  expect((await findClaimById((await db()).db, claim!.id))!).toMatchObject({ status: 'more_information_needed', cureBy });
  await expect(first.getByText(`waits for the person’s answer until ${cureBy}`)).toBeVisible();

  // The person answers on their status page (another part): here the same write, through the database.
  const d = (await db()).db;
  expect(
    await answerInformationRequest(
      { db: d, hasher: getHasher(), sealer: getSealer(), now: () => new Date() },
      claim!.id,
      'Synthetic answer',
    ),
  ).toMatchObject({ ok: true });
  expect((await listInformationRequests(d, claim!.id))[0]!.answeredAt).not.toBeNull();

  // Back in review: a second request is not offered to a reviewer; the full $12,000 is above the $5,000 threshold.
  await first.reload();
  await expect(
    first.getByText('This claim already had a request for information. Only an administrator can send a second one.'),
  ).toBeVisible();
  await first.getByRole('button', { name: 'Open contact and payment details (audited)' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Opened for this page only' })).toContainText('Synthetic Claimant');
  // The reviewer reads what the person answered, in the same audited opening.
  await expect(first.getByTestId('claim-answer')).toContainText('Synthetic answer');
  await choose(first, 'outcome-approved');
  await first.getByRole('button', { name: 'Record the decision' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'once a second reviewer confirms it' })).toBeVisible();
  await expect(first.getByTestId('own-proposal')).toHaveText(/You proposed this decision, so you cannot confirm or reject it/);
  await expect(first.getByRole('button', { name: 'Confirm the decision' })).toHaveCount(0);
  await expectNoAxeViolations(first, 'a decision waiting for a second reviewer');
  await shot(first, 'own-proposal');

  // A second reviewer may not confirm an amount above the threshold (only reject it); an administrator confirms it: now it counts.
  const second = await reviewer(browser);
  await second.goto(`/admin/claims/${claim!.id}`);
  await expect(second.getByTestId('pending-decision')).toContainText('proposed to approve $12,000.00');
  await expect(second.getByTestId('needs-administrator')).toContainText('only an administrator can confirm it');
  await expect(second.getByRole('button', { name: 'Confirm the decision' })).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Reject the decision' })).toBeVisible();
  await expectNoAxeViolations(second, 'a large decision a reviewer can only reject');
  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(admin, 'administrator');
  await admin.goto(`/admin/claims/${claim!.id}`);
  await expectNoAxeViolations(admin, 'a decision an administrator can confirm');
  await admin.getByRole('button', { name: 'Confirm the decision' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'You confirmed the decision' })).toBeVisible();
  await second.reload();
  expect((await findClaimById(d, claim!.id))!.status).toBe('approved');
  await expect(second.getByRole('table', { name: /The claim|Claim/ }).first()).toContainText('Approved');
  await expectNoAxeViolations(second, 'an approved claim');
  await shot(second, 'approved');

  // The other claim: held, it cannot be decided until the hold is released.
  await second.goto(`/admin/claims/${other!.id}`);
  await second.getByRole('button', { name: 'Put on hold' }).click();
  await expect(second.locator('#field-holdReason-error')).toHaveText('Choose why the claim is held.');
  await second.getByLabel('Why hold it').selectOption('shared_address');
  await second.getByRole('button', { name: 'Put on hold' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'The claim is on hold.' })).toBeVisible();
  await second.getByRole('button', { name: 'Start the review' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'The review has started.' })).toBeVisible();
  await expect(second.getByRole('region', { name: 'Hold' })).toContainText('The mailing address is on other claims');
  await expect(second.getByText('The claim is on hold: release the hold to decide it.')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Record the decision' })).toHaveCount(0);
  await expectNoAxeViolations(second, 'a held claim');
  await shot(second, 'held');
});

test('an unanswered request ends in a proposed denial that the reviewer who asked cannot confirm; another reviewer confirms it', async ({
  browser,
}) => {
  const [claim] = await fileTwoClaims();
  const asker = await reviewer(browser);
  await asker.goto(`/admin/claims/${claim!.id}`);
  await asker.getByRole('button', { name: 'Start the review' }).click();
  await expect(asker.getByRole('status').filter({ hasText: 'The review has started.' })).toBeVisible();
  await choose(asker, 'reasons-identity_unclear');
  await asker.getByRole('button', { name: 'Request information' }).click();
  await expect(asker.getByRole('status').filter({ hasText: 'The request is recorded.' })).toBeVisible();

  // Nobody answers. The test moves this request's cure-by day into the past (as if its 30 days were over)
  // and runs the hourly job now: only requests that are really overdue lapse, so no other spec's claim is
  // touched. The job proposes a denial; the claim still waits, nothing is denied yet.
  const d = (await db()).db;
  await d.update(claimInformationRequests).set({ cureBy: '2026-01-05' }).where(eq(claimInformationRequests.claimId, claim!.id));
  await d.update(claims).set({ cureBy: '2026-01-05' }).where(eq(claims.id, claim!.id));
  await lapseUnansweredRequests({ db: d, auditKey: getHasher().auditKey });
  expect((await listInformationRequests(d, claim!.id))[0]!.lapsedAt).not.toBeNull();
  expect((await findClaimById(d, claim!.id))!.status).toBe('more_information_needed');

  await asker.reload();
  await expect(asker.getByTestId('pending-decision')).toContainText(
    'went unanswered by its date, so the system proposed to deny the claim',
  );
  await expect(asker.getByTestId('asked-for-it')).toContainText('You made the request that went unanswered');
  await expect(asker.getByRole('button', { name: 'Confirm the decision' })).toHaveCount(0);
  await expectNoAxeViolations(asker, 'a lapse denial the asker cannot confirm');

  const second = await reviewer(browser);
  await second.goto('/admin/claims?pending=yes');
  await expect(second.getByRole('row').filter({ has: second.getByRole('link', { name: claim!.number }) })).toContainText(
    'Decision to confirm',
  );
  await second.goto(`/admin/claims/${claim!.id}`);
  await second.getByRole('button', { name: 'Confirm the decision' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'You confirmed the denial' })).toContainText('The person may appeal until');
  const denied = (await findClaimById(d, claim!.id))!;
  expect([denied.status, denied.cureBy]).toEqual(['denied', null]);
  await shot(second, 'lapse-confirmed');
});
