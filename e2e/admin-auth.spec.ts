import { addressFor, expect, proxyFrom, test } from './support/fixtures';
import { totpCode } from '../lib/staff/totp';
import { expectNoAxeViolations } from './support/axe';
import { e2eStaffAddressFailures } from './support/e2e-env';
import { closeStaffDb, createTestStaff, demoStaff, fillSignIn, signIn } from './admin/staff';

test.describe.configure({ mode: 'parallel' });
test.afterAll(closeStaffDb);

const refusal = /The email, password or code is not right/;

test('the demo administrator signs in with a TOTP code and sees who they are', async ({ page }) => {
  const admin = demoStaff('administrator');
  await page.goto('/admin/sign-in');
  await expectNoAxeViolations(page);
  await signIn(page, admin);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff area');
  await expect(page.getByTestId('staff-email')).toHaveText(admin.email);
  await expect(page.getByTestId('staff-role')).toContainText('Administrator');
  await expect(page.getByTestId('areas').getByRole('link', { name: 'Staff accounts' })).toBeVisible();
  // Every page carries the menu of the areas this role may use.
  await expect(page.getByRole('navigation', { name: 'Staff areas' }).getByRole('link')).toHaveText([
    'Dashboard',
    'Claims',
    'Advocacy organizations',
    'Claim payments',
    'Notice batches',
    'Letters',
    'Disposal certifications',
    'Development outbox',
    'Staff accounts',
    'Records',
    'Imports',
    'Local help directory',
    'Audit log',
    'Queues',
  ]);
  await expectNoAxeViolations(page);
});

test('a wrong code, a wrong password and an unknown email get the same refusal', async ({ page }) => {
  const staff = await createTestStaff('auditor');
  const code = totpCode(staff.totpSecret!);
  const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
  for (const [who, c] of [
    [staff, wrong],
    [{ ...staff, password: 'not the password' }, code],
    [{ ...staff, email: 'nobody-here@example.org' }, code],
  ] as const) {
    await fillSignIn(page, who, c);
    await expect(page.getByRole('alert').first()).toContainText(refusal);
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  }
  await expectNoAxeViolations(page);
  // The right code still works afterwards (two failures are below the lockout).
  await signIn(page, staff);
});

test('one network that fails too often is refused, whatever accounts it tries', async ({ browser, baseURL }) => {
  // This test's own client addresses: its connections come from them (e2e/support/fixtures.ts).
  const context = await browser.newContext({ baseURL, proxy: proxyFrom(addressFor(test.info(), 'spraying')) });
  const page = await context.newPage();
  const staff = await createTestStaff('auditor');
  for (let i = 0; i < e2eStaffAddressFailures; i++) {
    await fillSignIn(page, { email: `sprayed-${i}@example.org`, password: 'Winter2026!' }, '123456');
    await expect(page.getByRole('alert').first()).toContainText(refusal);
  }
  await fillSignIn(page, staff, totpCode(staff.totpSecret!));
  await expect(page.getByRole('alert').first()).toContainText('too many failed sign-ins from your network');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expectNoAxeViolations(page);
  // The same account from another network is fine.
  const elsewhere = await (await browser.newContext({ baseURL, proxy: proxyFrom(addressFor(test.info(), 'elsewhere')) })).newPage();
  await signIn(elsewhere, { ...staff, totpSecret: staff.totpSecret });
  await context.close();
});

test('a new user enrols with the QR code, gets ten recovery codes, and reaches nothing before', async ({ page }) => {
  const staff = await createTestStaff('notice_operator', { enrolled: false });
  await signIn(page, staff);
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  await expectNoAxeViolations(page);
  for (const path of ['/admin', '/admin/users']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/enrol$/);
  }
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
  await page.getByLabel('Code from your authenticator app').fill('000000' === totpCode(secret) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page.getByRole('alert').first()).toContainText('There is a problem');
  await page.getByLabel('Code from your authenticator app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  const codes = page.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  await expect(codes.first()).toHaveText(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'I have stored them: continue' }).click();
  await expect(page.getByTestId('staff-role')).toContainText('Notice operator');
});

test('an account an administrator made chooses its own password after enrolling, before anything else', async ({ browser }) => {
  // Two accounts created, three sign-ins and two password changes: each an argon2 hash of about a second of
  // one core, which on a loaded 2-core machine passes the default 30 s.
  test.slow();
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, await createTestStaff('administrator'));
  await adminPage.goto('/admin/users');
  const email = `temporary-${Date.now()}@example.org`;
  await adminPage.getByLabel('Email address').fill(email);
  await adminPage.getByLabel('Role', { exact: true }).selectOption('notice_operator');
  await adminPage.getByRole('button', { name: 'Create account' }).click();
  const temporary = (await adminPage.getByTestId('temporary-password').textContent())!;

  const page = await (await browser.newContext()).newPage();
  await signIn(page, { email, password: temporary, totpSecret: null });
  const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
  await page.getByLabel('Code from your authenticator app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await page.getByRole('link', { name: 'I have stored them: continue' }).click();
  await expect(page).toHaveURL(/\/admin\/password$/);
  await expect(page.getByText('someone else has seen it')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Staff areas' })).toHaveCount(0);
  await page.goto('/admin/batches');
  await expect(page).toHaveURL(/\/admin\/password$/);

  const change = async (current: string, next: string, confirm = next) => {
    await page.getByLabel('Current password').fill(current);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('New password again').fill(confirm);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  await change(temporary, 'too short');
  await expect(page.getByRole('link', { name: 'Enter a password of at least 12 characters.' })).toBeVisible();
  await change(temporary, 'river lantern quietly', 'river lantern quiet');
  await expect(page.getByRole('link', { name: 'Enter the same new password twice.' })).toBeVisible();
  await change('not the temporary one', 'river lantern quietly');
  await expect(page.getByRole('link', { name: /not your current password/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await change(temporary, 'river lantern quietly');
  await expect(page.getByRole('status')).toContainText('Your password is changed.');
  await page.getByRole('link', { name: 'Continue to the staff area' }).click();
  await expect(page.getByTestId('staff-role')).toContainText('Notice operator');

  // The temporary password opens nothing any more; the new one does.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const next = new Date(Date.now() + 30_000);
  await fillSignIn(page, { email, password: temporary }, totpCode(secret, next));
  await expect(page.getByRole('alert').first()).toContainText(refusal);
  await fillSignIn(page, { email, password: 'river lantern quietly' }, totpCode(secret, next));
  await expect(page).toHaveURL(/\/admin$/);
});

test('signing out everywhere ends the session in another browser', async ({ browser, baseURL }) => {
  const staff = await createTestStaff('claims_reviewer');
  const [a, b] = [await browser.newContext({ baseURL }), await browser.newContext({ baseURL })];
  const [pageA, pageB] = [await a.newPage(), await b.newPage()];
  await signIn(pageA, staff);
  // Each TOTP step opens one session; the next step is within the accepted drift.
  await fillSignIn(pageB, staff, totpCode(staff.totpSecret!, new Date(Date.now() + 30_000)));
  await expect(pageB).toHaveURL(/\/admin$/);
  await pageA.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(pageA.getByRole('status')).toContainText('You have signed out on every device and browser.');
  await pageB.reload();
  await expect(pageB).toHaveURL(/\/admin\/sign-in$/);
  await pageA.goto('/admin');
  await expect(pageA).toHaveURL(/\/admin\/sign-in$/);
  await a.close();
  await b.close();
});

test('signing out ends this session only', async ({ page }) => {
  const staff = await createTestStaff('auditor');
  await signIn(page, staff);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith('dc-staff.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('You have signed out.');
  // The old cookie, replayed, no longer opens anything: the session row is revoked.
  await page.context().addCookies([session!]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('an administrator creates an account, changes its role and disables it', async ({ page }) => {
  const admin = await createTestStaff('administrator');
  await signIn(page, admin);
  await page.getByRole('navigation', { name: 'Staff areas' }).getByRole('link', { name: 'Staff accounts' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff accounts');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('link', { name: 'Enter an email address.' })).toBeVisible();
  const email = `created-${Date.now()}@example.org`;
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('auditor');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('temporary-password')).toHaveText(/^[a-zA-Z2-9]{20}$/);
  const row = page.getByTestId(`user-${email}`);
  await expect(row).toContainText('second factor not set up');
  await row.getByLabel(`Role of ${email}`).selectOption('claims_reviewer');
  await row.getByRole('button', { name: `Change role ${email}` }).click();
  await expect(row.getByRole('status').first()).toHaveText('Role changed.');
  await row.getByRole('button', { name: `Disable ${email}` }).click();
  await expect(row).toContainText('Disabled');
  await expectNoAxeViolations(page);
});

test('a role without access gets a 403 page; admin pages are never cached', async ({ page }) => {
  const auditor = await createTestStaff('auditor');
  await signIn(page, auditor);
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot use this page');
  await expectNoAxeViolations(page);
  const home = await page.goto('/admin');
  expect(home?.headers()['cache-control']).toContain('no-store');
  expect(home?.headers()['content-security-policy']).toContain("default-src 'self'");
});

test('a staff member signs in and uses a staff form with JavaScript off (plain form posts, not refused as a foreign origin)', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    proxy: proxyFrom(addressFor(test.info(), 'no-javascript')),
  });
  const page = await context.newPage();
  const response = await page.goto('/admin/sign-in');
  // The origin goes to this site only, so a plain POST carries it; nothing goes to any other site.
  expect(response!.headers()['referrer-policy']).toBe('same-origin');
  expect(response!.headers()['cache-control']).toContain('no-store');
  const reviewer = await createTestStaff('claims_reviewer', { enrolled: true });
  await signIn(page, reviewer);
  await expect(page.getByText('Forbidden.')).toHaveCount(0);
  await expect(page.getByTestId('staff-email')).toHaveText(reviewer.email);
  // A filter form on a staff page: a GET that works the same, then a page with POST forms renders them.
  await page.goto('/admin/claims?pending=yes');
  await expect(page.getByRole('heading', { level: 1, name: 'Claims queue' })).toBeVisible();
  await context.close();
});
