// An advocate files a claim for a client (issue 15, item 4), every step through the UI: a member of a fresh
// organization (a session cookie from openTestMemberSession: the email sign-in has its own spec) opens a case
// with a signed Form 2848 that includes claims, checks with the client's letter, presses "File a claim for
// this client", and files through the person's own claim pages, which say who is filing and ask the advocate
// to sign with their own name. The claim is marked as assisted; the advocate can follow it but never change
// where it pays; when the authorization is revoked, the claim pages close at once. axe on every page.
// Pool person 94 is this spec's alone (e2e/claims-journey.spec.ts lists who takes which).
import { sql } from 'drizzle-orm';
import type { BrowserContext, Page } from '@playwright/test';
import { rowsOf } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { newYorkDay } from '../lib/claims/deadlines';
import { validPdf } from '../testing/claim-documents';
import { createTestMember, createTestOrganization, openTestMemberSession } from '../testing/orgs';
import { expectNoAxeViolations } from './support/axe';
import { expect, fillDate, submitForm, test } from './support/self-check';

test.describe.configure({ timeout: 180_000 });

async function signedIn(context: BrowserContext, baseURL: string, token: string) {
  await context.addCookies([{ name: 'dc_org', value: token, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);
}

async function choose(page: Page, id: string) {
  await page.locator(`label[for="${id}"]`).click();
  await expect(page.locator(`#${id}`)).toBeChecked();
}

test('an advocate files a claim for a client from the case, can follow it, cannot change its payment, and loses it with the authorization', async ({
  page,
  baseURL,
  people,
  selfCheckDb,
}) => {
  const person = people.pool[94]!;
  const existing = await rowsOf<{ id: number }>(selfCheckDb.db, sql`select id from claims where record_id = ${person.recordId}`);
  if (existing.length > 0) throw new Error('Pool person 94 already has a claim on this database: prepare a fresh e2e database.');
  const stamp = Date.now().toString(36);
  const orgName = `Harbor Immigrant Rights ${stamp} (synthetic)`;
  const orgId = await createTestOrganization(selfCheckDb.db, orgName);
  const memberId = await createTestMember(selfCheckDb.db, orgId, `claims-advocate-${stamp}@example.org`);
  await signedIn(page.context(), baseURL!, await openTestMemberSession(selfCheckDb.db, { orgId, memberId }));

  // A case with a Form 2848 that includes claims.
  await page.goto('/en/advocates/cases/new');
  await page.getByLabel('Name for this case').fill(`Claim client ${stamp}`);
  await page.getByLabel("Client's language").selectOption('en');
  await page.locator('label[for="kind-form_2848"]').click();
  await page.locator('label[for="scope-status"]').click();
  await page.locator('label[for="scope-claim"]').click();
  const [y, m, d] = newYorkDay(new Date()).split('-');
  await page.locator('#startMonth').fill(String(Number(m)));
  await page.locator('#startDay').fill(String(Number(d)));
  await page.locator('#startYear').fill(y!);
  await page.locator('#endMonth').fill(String(Number(m)));
  await page.locator('#endDay').fill('1');
  await page.locator('#endYear').fill(String(Number(y) + 1));
  await page
    .getByLabel('The signed authorization')
    .setInputFiles({ name: 'form-2848.pdf', mimeType: 'application/pdf', buffer: validPdf() });
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page).toHaveURL(/\/en\/advocates\/cases\/\d+$/);
  const caseUrl = new URL(page.url()).pathname;
  const caseId = Number(caseUrl.split('/').at(-1));
  // Not checked yet: no way into the claim pages.
  await expect(page.getByTestId('start-assisted-claim')).toHaveCount(0);

  await page.getByRole('link', { name: "Check with the client's letter" }).click();
  await page.getByLabel('Code from the letter').fill(person.noticeCode);
  await fillDate(page, person.dob);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}$`));
  await expect(page.locator('section[aria-labelledby="claim-heading"]')).toContainText('No claim has been filed for this client yet.');
  await expectNoAxeViolations(page, 'the case, checked, before a claim');

  // The claim pages, for the client: who is filing is said on the form and on the signing page.
  await page.getByRole('button', { name: 'File a claim for this client' }).click();
  await expect(page).toHaveURL(/\/en\/claim$/);
  await expect(page.getByTestId('assisted-banner')).toHaveText(
    `You are filing this claim for your client as a member of ${orgName}. Their written authorization is on file with your organization. The claim will show that your organization helped, and your client will get every notice about it.`,
  );
  await expectNoAxeViolations(page, 'the claim form, filed by an advocate');
  await page.locator('#street').fill('1200 Synthetic Ave Apt 3');
  await page.locator('#city').fill('Los Angeles');
  await page.locator('#state').fill('CA');
  await page.locator('#zip').fill('90011');
  await submitForm(page, 'Continue', 30_000);
  await expect(page).toHaveURL(/\/en\/claim\/check-answers$/);
  await page.getByRole('link', { name: 'Continue to sign' }).click();
  await expect(page).toHaveURL(/\/en\/claim\/sign$/);
  await expect(page.getByTestId('assisted-banner')).toContainText(orgName);
  await expectNoAxeViolations(page, 'the signing page, filed by an advocate');
  await choose(page, 'declaration');
  await page.getByLabel('Type your own full name to sign for your client').fill('Avery Advocate');
  await submitForm(page, 'Sign and file my claim', 30_000);
  await expect(page).toHaveURL(/\/en\/claim\/filed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your claim is filed');
  await expect(page.getByTestId('claim-pin')).toHaveText(/^[0-9]{8}$/);

  const [claim] = await rowsOf<{ id: number; assisted_by_org_id: number | null; assisted_by_member_id: number | null }>(
    selfCheckDb.db,
    sql`select id, assisted_by_org_id, assisted_by_member_id from claims where record_id = ${person.recordId}`,
  );
  expect(claim).toMatchObject({ assisted_by_org_id: orgId, assisted_by_member_id: memberId });
  const [filed] = await rowsOf<{ actor: string }>(
    selfCheckDb.db,
    sql`select actor from audit_log where action = 'claim.filed' and record_id = ${person.recordId}`,
  );
  expect(filed!.actor).toBe(`org-member:${memberId}`);

  // Following it: the case shows the claim; "Open this client's claim" opens its status, never a payment change.
  await page.goto(caseUrl);
  await expect(page.locator('section[aria-labelledby="claim-heading"]')).toContainText('Status: ');
  await page.getByRole('button', { name: "Open this client's claim" }).click();
  await expect(page).toHaveURL(/\/en\/claim$/);
  await expect(page.getByTestId('claim-exists')).toBeVisible();
  await page.getByTestId('open-my-claim').click();
  await expect(page).toHaveURL(/\/en\/claim\/status\/view$/);
  await page.goto('/en/claim/status/change-payment');
  await expect(page.getByTestId('refused-advocate')).toContainText('Only your client can make this change');
  await expect(page.locator('form input[name="routing"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the payment change, refused to an advocate');

  // The authorization revoked by the organization: the claim pages the advocate opened close at once.
  await page.goto(caseUrl);
  await page.getByRole('button', { name: "Open this client's claim" }).click();
  await withServiceScope(selfCheckDb.db, (tx) =>
    tx.execute(
      sql`update org_authorizations set revoked_at = now(), revoked_by = 'client' where case_id = ${caseId} and revoked_at is null`,
    ),
  );
  await page.goto('/en/claim');
  await expect(page.getByTestId('session-expired')).toBeVisible();
  await expect(page.getByTestId('open-my-claim')).toHaveCount(0);
});
