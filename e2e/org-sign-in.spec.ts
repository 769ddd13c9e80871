// A member's sign-in (issue 15, item 2) in the browser against the production build: an org admin asks for
// a link, reads it from the development outbox, a mail scanner opens it first and it still works, the admin
// confirms, enrols an authenticator app (codes computed here from the key the page shows), reaches the
// organization's home, invites an advocate; the advocate signs in in Korean on a phone-sized screen, is
// refused the members page (403), and is signed out at once when the admin disables them. axe on every page.
import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Page } from '@playwright/test';
import { openDatabase, rowsOf, type DbHandle } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { findMemberOutboxMessages } from '../db/queries/org-notices';
import { env } from '../lib/env';
import { getSealer } from '../lib/keys';
import { openOutboxMessage } from '../lib/notices/providers';
import { createTestMember, createTestOrganization } from '../testing/orgs';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

// One long journey with some twenty axe scans on two busy cores.
test.describe.configure({ mode: 'serial', timeout: 360_000 });

const run = Date.now().toString(36);
const orgName = `Sign-in Org ${run} (synthetic)`;
const adminEmail = `org-admin-${run}@example.org`;
const advocateEmail = `advocate-${run}@example.org`;

let handle: DbHandle;

test.beforeAll(async () => {
  const e = env();
  handle = await openDatabase({ databaseUrl: e.DATABASE_URL, dataDir: e.dataDir, max: 2 });
  const orgId = await createTestOrganization(handle.db, orgName);
  await createTestMember(handle.db, orgId, adminEmail, 'org_admin', 'en');
});
test.afterAll(async () => {
  await handle?.close();
});

async function memberIdOf(email: string): Promise<number> {
  const [row] = await withServiceScope(handle.db, (tx) =>
    rowsOf<{ id: number }>(tx, sql`select id from org_members where email = ${email}`),
  );
  return row!.id;
}

/** The newest sign-in link the development outbox holds for this member. */
async function latestLink(email: string, count: number): Promise<string> {
  const memberId = await memberIdOf(email);
  let texts: string[] = [];
  await expect
    .poll(
      async () => {
        const rows = await findMemberOutboxMessages(handle.db, { memberId, type: 'org_sign_in_link' });
        texts = rows.map((r) => openOutboxMessage(getSealer(), r).text);
        return texts.length;
      },
      { timeout: 30_000 },
    )
    .toBe(count);
  const link = /https?:\/\/\S+\/advocates\/sign-in\/confirm\?token=[A-Za-z0-9_-]{43}/.exec(texts.at(-1)!);
  expect(link).not.toBeNull();
  return link![0];
}

async function linkUsed(email: string): Promise<boolean> {
  const memberId = await memberIdOf(email);
  const [row] = await withServiceScope(handle.db, (tx) =>
    rowsOf<{ used: boolean }>(
      tx,
      sql`select used_at is not null as used from org_sign_in_links where member_id = ${memberId} order by id desc limit 1`,
    ),
  );
  return row!.used;
}

const codeFor = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();

async function enrol(page: Page, labels: { code: string; submit: string }) {
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.getByLabel(labels.code).fill(codeFor(secret));
  await page.getByRole('button', { name: labels.submit }).click();
}

test('an org admin signs in with an emailed link a scanner opened first, enrols TOTP, invites an advocate; the advocate signs in in Korean', async ({
  page,
  browser,
  request,
}) => {
  await page.goto('/en/advocates/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to your organization’s area');
  await expectNoAxeViolations(page, 'the sign-in page');
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await expect(page.getByRole('group', { name: 'There is a problem' }).getByRole('link')).toHaveText(
    'Enter an email address, like name@organization.org',
  );
  await expectNoAxeViolations(page, 'the sign-in page with its error');

  // A member and a stranger get the same page.
  const answers: string[] = [];
  for (const email of [adminEmail, `nobody-${run}@example.org`]) {
    await page.goto('/en/advocates/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await expect(page).toHaveURL(/\/en\/advocates\/sign-in\/sent$/);
    answers.push(await page.getByRole('main').innerText());
  }
  expect(answers[1]).toBe(answers[0]);
  expect(answers[0]).toContain('The link works for 15 minutes, once.');
  await expectNoAxeViolations(page, 'the link-sent page');

  const link = await latestLink(adminEmail, 1);
  // A mail scanner follows the link: it sees the page, and the link is not used.
  const scanned = await request.get(link);
  expect(scanned.status()).toBe(200);
  expect(await scanned.text()).toContain('Finish signing in');
  expect(await linkUsed(adminEmail)).toBe(false);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finish signing in');
  await expectNoAxeViolations(page, 'the confirmation page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/advocates\/second-factor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator app');
  await expectNoAxeViolations(page, 'the enrolment page');
  await page.getByLabel('6-digit code').fill('000000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#code-error')).toContainText('That code is not right, or it was already used.');
  await enrol(page, { code: '6-digit code', submit: 'Continue' });
  await expect(page).toHaveURL(/\/en\/advocates$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(orgName);
  await expect(page.getByText('You are signed in as: Organization administrator')).toBeVisible();
  await expectNoAxeViolations(page, 'the member home page');

  // The same link a second time (from a browser with no session): one clear page, with the way to a new link.
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto(link);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('This sign-in link does not work');
  await expect(again).toHaveURL(/\/en\/advocates\/sign-in\/confirm\?error=invalid_link$/);
  await expectNoAxeViolations(again, 'the used-link page');
  await other.close();

  await page.goto('/en/advocates');
  await page.getByRole('navigation', { name: 'Organization area' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members');
  await page.getByLabel('Email address').fill(advocateEmail);
  await page.getByLabel('Advocate').check();
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText('The invitation was sent.')).toBeVisible();
  await expect(page.getByRole('table')).toContainText(advocateEmail);
  await expectNoAxeViolations(page, 'the members page');
  await page.getByLabel('Email address').fill(adminEmail);
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.locator('#email-error')).toContainText('This email address already belongs to a member of an organization.');
  await expectNoAxeViolations(page, 'the members page with its error');
  await page.getByRole('navigation', { name: 'Organization area' }).getByRole('link', { name: 'Activity log' }).click();
  await expect(page.getByRole('table')).toContainText('Member invited');
  await expectNoAxeViolations(page, 'the activity log');

  // The advocate, on a phone, in Korean.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const advocate = await phone.newPage();
  await advocate.goto('/ko/advocates/sign-in');
  await advocate.getByLabel('이메일 주소').fill(advocateEmail);
  await advocate.getByRole('button', { name: '로그인 링크 보내기' }).click();
  await expect(advocate.getByRole('heading', { level: 1 })).toHaveText('이메일을 확인하십시오');
  await expectNoAxeViolations(advocate, 'the link-sent page in Korean');
  const advocateLink = await latestLink(advocateEmail, 1);
  expect(advocateLink).toContain('/ko/advocates/sign-in/confirm');
  await advocate.goto(advocateLink);
  await expectNoAxeViolations(advocate, 'the confirmation page in Korean');
  await advocate.getByRole('button', { name: '로그인' }).click();
  await expect(advocate.getByRole('heading', { level: 1 })).toHaveText('인증 앱을 설정하십시오');
  await expectNoAxeViolations(advocate, 'the enrolment page in Korean');
  await enrol(advocate, { code: '6자리 코드', submit: '계속' });
  await expect(advocate).toHaveURL(/\/ko\/advocates$/);
  await expect(advocate.getByText('로그인한 역할: 옹호자')).toBeVisible();
  await expect(advocate.getByRole('link', { name: '구성원', exact: true })).toHaveCount(0);
  expect(await advocate.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(advocate, 'the home page in Korean');
  const refused = await advocate.goto('/ko/advocates/members');
  expect(refused?.status()).toBe(403);
  await expect(advocate.getByRole('heading', { level: 1 })).toHaveText('이 페이지를 사용할 수 없습니다');
  await expectNoAxeViolations(advocate, 'the 403 page in Korean');

  // Disabled by the admin: the advocate's next request finds no session.
  await page.goto('/en/advocates/members');
  await page.getByRole('button', { name: `Disable ${advocateEmail}` }).click();
  await expect(page.getByText('The member was disabled and signed out everywhere.')).toBeVisible();
  await advocate.goto('/ko/advocates');
  await expect(advocate).toHaveURL(/\/ko\/advocates\/sign-in$/);
  await phone.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en\/advocates\/sign-in$/);
  await page.goto('/en/advocates');
  await expect(page).toHaveURL(/\/en\/advocates\/sign-in$/);
});
