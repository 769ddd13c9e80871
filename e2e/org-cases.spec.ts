// An advocate's case in the browser (issue 15): a member of a fresh organization (a session cookie from
// openTestMemberSession: the email sign-in is another page's) opens a case with a signed Form 8821, runs the
// check with the client's letter and sees the result; a member of a second organization reaches neither the
// case nor its document (404); the client, from their own verified check, sees the organization by name and
// revokes it, and the advocate's case page closes at once. axe on every page, at desktop and phone size.
// Demo identity 2 is this spec's (self-check-letter.spec.ts uses 0 and 1).
import type { BrowserContext } from '@playwright/test';
import { newYorkDay } from '../lib/claims/deadlines';
import { validPdf } from '../testing/claim-documents';
import { createTestMember, createTestOrganization, openTestMemberSession } from '../testing/orgs';
import { expectNoAxeViolations } from './support/axe';
import { demoPerson, expect, fillDate, submitLetter, test } from './support/self-check';

test.describe.configure({ timeout: 120_000 });

async function signedIn(context: BrowserContext, baseURL: string, token: string) {
  await context.addCookies([{ name: 'dc_org', value: token, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);
}

test('a member opens a case with an 8821, checks for the client, another organization reaches nothing, the client revokes', async ({
  page,
  browser,
  baseURL,
  people,
  selfCheckDb,
}) => {
  const stamp = Date.now().toString(36);
  const orgName = `Riverside Legal Aid ${stamp} (synthetic)`;
  const orgA = await createTestOrganization(selfCheckDb.db, orgName);
  const memberA = await createTestMember(selfCheckDb.db, orgA, `advocate-${stamp}@example.org`);
  const orgB = await createTestOrganization(selfCheckDb.db, `Other Org ${stamp} (synthetic)`);
  const memberB = await createTestMember(selfCheckDb.db, orgB, `other-${stamp}@example.org`);
  await signedIn(page.context(), baseURL!, await openTestMemberSession(selfCheckDb.db, { orgId: orgA, memberId: memberA }));
  const person = demoPerson(people, 2);
  const label = `Client ${stamp}`;

  await page.goto('/en/advocates/cases');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Your organization's cases");
  await expectNoAxeViolations(page, 'the list of cases (empty)');
  await page.getByRole('link', { name: 'Open a new case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a new case');
  await expectNoAxeViolations(page, 'the new case form');

  // A first try without the document: the form comes back with what was typed and says what is missing.
  await page.getByLabel('Name for this case').fill(label);
  await page.getByLabel("Client's language").selectOption('es');
  // USWDS draws its own radio buttons and checkboxes: a person presses the label.
  await page.locator('label[for="kind-form_8821"]').click();
  await page.locator('label[for="scope-status"]').click();
  await page.locator('label[for="scope-copies"]').click();
  await expect(page.getByLabel('IRS Form 8821 (tax information authorization)')).toBeChecked();
  const [y, m, d] = newYorkDay(new Date()).split('-');
  await page.locator('#startMonth').fill(String(Number(m)));
  await page.locator('#startDay').fill(String(Number(d)));
  await page.locator('#startYear').fill(y!);
  await page.locator('#endMonth').fill(String(Number(m)));
  await page.locator('#endDay').fill('1');
  await page.locator('#endYear').fill(String(Number(y) + 1));
  await page.getByRole('button', { name: 'Open the case' }).click();
  const summary = page.getByRole('group', { name: 'There is a problem' });
  await expect(summary).toContainText('Choose the signed authorization file');
  await expect(page.getByLabel('Name for this case')).toHaveValue(label);
  await expectNoAxeViolations(page, 'the new case form with an error');

  await page
    .getByLabel('The signed authorization')
    .setInputFiles({ name: 'form-8821.pdf', mimeType: 'application/pdf', buffer: validPdf() });
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page).toHaveURL(/\/en\/advocates\/cases\/\d+$/);
  const caseUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('org-case-title')).toHaveText(`Case: ${label}`);
  await expect(page.getByTestId('case-deadlines')).toContainText('The authorization expires');
  await expectNoAxeViolations(page, 'the case, not checked yet');

  const document = await page.request.get(`${caseUrl}/document`);
  expect(document.status()).toBe(200);
  expect(document.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.from(await document.body()).equals(validPdf())).toBe(true);

  await page.getByRole('link', { name: "Check with the client's letter" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Check the client's record");
  await expectNoAxeViolations(page, 'the check for the client');
  await page.getByLabel('Code from the letter').fill(person.noticeCode);
  await fillDate(page, person.dob);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}$`));
  await expect(page.getByTestId('case-result-lead')).toContainText('Their record was among those the IRS shared on');
  await expect(page.getByTestId('disclosed-elements').getByRole('listitem')).toHaveCount(person.disclosedElements.length);
  await expect(page.getByRole('button', { name: "Request a copy in the client's language" })).toBeVisible();
  await expectNoAxeViolations(page, 'the case with the result');

  // A member of another organization: the case's address and its document are not there for them.
  const other = await browser.newContext({ baseURL });
  await signedIn(other, baseURL!, await openTestMemberSession(selfCheckDb.db, { orgId: orgB, memberId: memberB }));
  const otherPage = await other.newPage();
  const response = await otherPage.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByRole('main')).not.toContainText(label);
  expect((await other.request.get(`${caseUrl}/document`)).status()).toBe(404);
  await otherPage.goto('/en/advocates/cases');
  await expect(otherPage.getByRole('main')).not.toContainText(label);
  await other.close();

  // The client, from their own check: the organization by name, and the way to stop it.
  const client = await browser.newContext({ baseURL });
  const clientPage = await client.newPage();
  await clientPage.goto('/en/check');
  await submitLetter(clientPage, person.noticeCode, person.dob);
  await expect(clientPage).toHaveURL(/\/en\/check\/result$/);
  const orgs = clientPage.getByTestId('authorized-orgs');
  await expect(orgs).toContainText(orgName);
  await expect(clientPage.getByTestId('access-history')).toContainText(`${orgName}, an organization you authorized`);
  await expect(clientPage.getByTestId('access-history')).not.toContainText('example.org');
  await expectNoAxeViolations(clientPage, 'the result with an authorized organization');
  await orgs.getByRole('button', { name: `Stop access for ${orgName}` }).click();
  await expect(clientPage.getByTestId('org-revoked')).toBeVisible();
  await expect(orgs).not.toContainText(orgName);
  await client.close();

  // The advocate's page is closed on the next read: nothing about the client, and the way to add a new one.
  await page.reload();
  await expect(page.getByTestId('org-case-closed')).toContainText('No authorization on file');
  await expect(page.getByTestId('org-case-closed')).toContainText('The authorization was revoked.');
  await expect(page.getByRole('main')).not.toContainText(label);
  await expect(page.getByRole('link', { name: 'Add a new authorization' })).toBeVisible();
  expect((await page.request.get(`${caseUrl}/document`)).status()).toBe(404);
  await expectNoAxeViolations(page, 'the closed case');

  // Phone size: the same pages, laid out narrow.
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoAxeViolations(page, 'the closed case on a phone');
  await page.goto('/en/advocates/cases');
  await expect(page.getByRole('main')).toContainText('No authorization on file');
  await expectNoAxeViolations(page, 'the list of cases on a phone');
  await page.goto(`${caseUrl}/authorization`);
  await expectNoAxeViolations(page, 'the new authorization form on a phone');
  await page.goto('/en/advocates/cases/new');
  await expectNoAxeViolations(page, 'the new case form on a phone');
});
