// The bulk check in the browser (issue 15, item 5): a member of a fresh organization, with cases and
// authorizations made by the test (sealed, in the service scope), uploads a 1,000-row file (found, not found,
// a revoked authorization, rows with a problem), watches the progress bar reach the end, downloads the
// results and checks their counts. A member of a second organization gets 404 for the page, its figures and
// the download. Without JavaScript the page refreshes itself. axe on each page.
import type { BrowserContext } from '@playwright/test';
import { getSealer } from '../lib/keys';
import { formatCsvLine } from '../lib/csv/format';
import { bulkHeader, createTestCaseWithAuthorization } from '../testing/org-bulk';
import { createTestMember, createTestOrganization, openTestMemberSession } from '../testing/orgs';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './support/axe';
import { expect, test, type Person } from './support/self-check';

test.describe.configure({ timeout: 180_000 });

async function signInAs(context: BrowserContext, baseURL: string, token: string) {
  await context.addCookies([{ name: 'dc_org', value: token, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);
}

const isoDob = (p: Person) => p.dateOfBirth;
const line = (auth: number, p: Person, over: { zip?: string; dob?: string } = {}) =>
  formatCsvLine([String(auth), p.tin, over.dob ?? isoDob(p), p.lastName, over.zip ?? p.zip]);

test('a member checks 1,000 clients at once and downloads the results; another organization sees nothing', async ({
  page,
  browser,
  baseURL,
  selfCheckDb,
  people,
}) => {
  const db = selfCheckDb.db;
  const sealer = getSealer();
  const stamp = Date.now();
  const org = { orgId: await createTestOrganization(db, 'Bulk E2E (synthetic)'), memberId: 0 };
  org.memberId = await createTestMember(db, org.orgId, `bulk-e2e-${stamp}@example.org`);
  const other = { orgId: await createTestOrganization(db, 'Bulk E2E other (synthetic)'), memberId: 0 };
  other.memberId = await createTestMember(db, other.orgId, `bulk-e2e-other-${stamp}@example.org`);

  // 20 clients with a live authorization and a record; 5 with a revoked authorization.
  const clients = people.pool.slice(60, 80);
  const live: { caseId: number; authorizationId: number }[] = [];
  for (let i = 0; i < clients.length; i++) live.push(await createTestCaseWithAuthorization(db, sealer, org));
  const revoked: { caseId: number; authorizationId: number }[] = [];
  for (let i = 0; i < 5; i++) revoked.push(await createTestCaseWithAuthorization(db, sealer, org, { revoked: true }));
  const rows: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const p = clients[i % clients.length]!;
    const auth = live[i % live.length]!.authorizationId;
    if (i % 10 < 4)
      rows.push(line(auth, p)); // 400 found
    else if (i % 10 < 7)
      rows.push(line(auth, p, { zip: p.zip === '10001' ? '10002' : '10001' })); // 300 not found
    else if (i % 10 < 9)
      rows.push(line(revoked[i % 5]!.authorizationId, p)); // 200 not live
    else rows.push(line(auth, p, { dob: '13/45/1980' })); // 100 with a problem
  }

  await signInAs(page.context(), baseURL!, await openTestMemberSession(db, org));
  await page.goto('/en/advocates/bulk/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Check many clients at once' })).toBeVisible();
  await expect(page.getByText('Your organization can check 2,000 more rows today.')).toBeVisible();
  await expectNoAxeViolations(page, 'bulk check form');
  const template = await page.request.get('/en/advocates/bulk/template');
  expect(await template.text()).toBe('authorization_id,ssn_or_itin,date_of_birth,last_name,zip\n');

  // A file with the wrong header is refused at the field, before anything runs.
  await page.getByLabel('CSV file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from('id,ssn\n1,2\n') });
  await page.getByRole('button', { name: 'Upload and start the check' }).click();
  await expect(page.locator('#bulk-file-error')).toHaveText(
    'The first row of the file must be the column names shown below, in the same order. Start from the template.',
  );
  await expectNoAxeViolations(page, 'bulk check form with an error');

  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(bulkHeader + rows.join('')) });
  await page.getByRole('button', { name: 'Upload and start the check' }).click();
  await expect(page).toHaveURL(/\/en\/advocates\/bulk\/\d+$/);
  const bulkUrl = new URL(page.url()).pathname;
  const bar = page.getByRole('progressbar', { name: 'Rows checked' });
  await expect(bar).toBeVisible();
  await expectNoAxeViolations(page, 'bulk check progress');
  await expect(page.locator('#bulk-progress-figures')).toHaveText('1,000 of 1,000 — finished', { timeout: 120_000 });
  await expect(bar).toHaveAttribute('value', '1000');
  await expect(page.getByText('Record found: 400')).toBeVisible();
  await expect(page.getByText('No record found: 300')).toBeVisible();
  await expect(page.getByText('No valid authorization today: 200')).toBeVisible();
  await expect(page.getByText('Rows with a problem: 100')).toBeVisible();
  await expectNoAxeViolations(page, 'bulk check finished');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the results (CSV file)' }).click(),
  ]);
  const csv = (await (await download.createReadStream()).toArray()).map(String).join('');
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe('row,authorization_id,case_id,outcome,reason');
  expect(lines).toHaveLength(1001);
  const outcomes = new Map<string, number>();
  for (const l of lines.slice(1)) outcomes.set(l.split(',')[3]!, (outcomes.get(l.split(',')[3]!) ?? 0) + 1);
  expect(Object.fromEntries(outcomes)).toEqual({ found: 400, not_found: 300, authorization_not_live: 200, invalid_row: 100 });
  expect(lines[10]).toBe(`10,${live[9]!.authorizationId},,invalid_row,date_of_birth:date_impossible`);
  expect(csv).not.toContain(clients[0]!.tin);

  // A member of another organization: 404 for the page, its figures and the download.
  const outsider = await browser.newContext();
  try {
    await signInAs(outsider, baseURL!, await openTestMemberSession(db, other));
    const p2 = await outsider.newPage();
    expect((await p2.goto(bulkUrl))!.status()).toBe(404);
    await expectNoAxeViolations(p2, "another organization's bulk check (404)");
    expect((await p2.request.get(`${bulkUrl}/progress`)).status()).toBe(404);
    expect((await p2.request.get(`${bulkUrl}/results`)).status()).toBe(404);
    await p2.goto('/en/advocates/bulk/new');
    await expect(p2.getByText('Your organization can check 2,000 more rows today.')).toBeVisible();
  } finally {
    await outsider.close();
  }
});

test('without JavaScript the progress page refreshes itself until the end', async ({ browser, baseURL, selfCheckDb, people }) => {
  const db = selfCheckDb.db;
  const org = { orgId: await createTestOrganization(db, 'Bulk no-JS (synthetic)'), memberId: 0 };
  org.memberId = await createTestMember(db, org.orgId, `bulk-nojs-${Date.now()}@example.org`);
  const c = await createTestCaseWithAuthorization(db, getSealer(), org);
  const p = people.pool[80]!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await signInAs(context, baseURL!, await openTestMemberSession(db, org));
    const page = await context.newPage();
    await page.goto('/es/advocates/bulk/new');
    await page.getByLabel('Archivo CSV').setInputFiles({
      name: 'clientes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bulkHeader + Array.from({ length: 300 }, () => line(c.authorizationId, p)).join('')),
    });
    await page.getByRole('button', { name: 'Subir y empezar la revisión' }).click();
    await expect(page).toHaveURL(/\/es\/advocates\/bulk\/\d+$/);
    await expect(page.getByText('Registro encontrado: 300')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#bulk-progress-figures')).toHaveText('300 de 300 — terminada');
    await expectNoAxeViolationsWithoutJs(page, 'bulk check finished, Spanish, no JavaScript');
  } finally {
    await context.close();
  }
});
